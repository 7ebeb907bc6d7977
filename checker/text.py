"""Text normalisation, tokenisation, clause splitting and negation/intention cues."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import jieba

jieba.setLogLevel(logging.WARNING)

_SPACE = re.compile(r"[ \t\u3000\xa0]+")


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII), unify spaces, keep line breaks."""
    text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text).strip()


_CLAUSE_BREAK = re.compile(r"[,,;;:\n。!!??]|(?<!\d):(?!\d)")
_SENTENCE_BREAK = re.compile(r"[。;;!!??\n]")
# After one of these, a sentence turns: a cue before it no longer governs what follows.
_CONTRAST = re.compile(r"(但是|但|不过|然而|而是|同时|另外|此外|目前已|现已|已经|已)")


def _span(text: str, pos: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    start = 0
    for m in breaks.finditer(text, 0, pos):
        start = m.end()
    m = breaks.search(text, pos)
    return start, (m.start() if m else len(text))


def clause_span(text: str, pos: int) -> tuple[int, int]:
    """The comma-delimited clause around `pos`."""
    return _span(text, pos, _CLAUSE_BREAK)


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    return _span(text, pos, _SENTENCE_BREAK)


# Negation and intention cues, each with what must (or must not) follow it. Condition phrases
# in real rules ("对尚未解决的投诉…", "未按规定办理的…", "未经客户同意") use the same words
# and are not negations of the topic.
_ACTION = r"(建立|设立|单列|制定|开展|形成|配备|配置|签订|实施|落实|保存|留存|设|建|进行|纳入|覆盖|发布|出台|上线|成立|组建|编制|明确|对|做|安排|有|开通|启用|录入|记录|归档|建档|引入|推出|启动|完善|组织|举办|提供)"
_PLAN_ACTION = r"(建立|设立|制定|上线|成立|组建|推出|启动|引入|出台|发布|编制|开通|筹建|建设|单列|增设|增加|配备|购置|开展|实施|设)"
_TIME = r"((于|在)?(明年|今年|下半年|上半年|年内|年底|近期|后续|下一|下季度|下个|20\d\d))"
_CONDITION = re.compile(r"^(解决|完成|处理|结案|回复|办结|到货|到达|送达|修复|付款|支付|签收|达到|达标|通过|合格|满足|符合|及时|按|按照|经|超过|超出|影响)")
# "对未…的", "凡未…", "如未…": the cue describes whom a rule applies to.
_CONDITION_BEFORE = ("对", "凡", "如", "若", "如果", "因", "对于", "针对")
_CUES: tuple[tuple[str, frozenset[str], re.Pattern[str] | None], ...] = (
    (
        "negated",
        frozenset({"尚未", "暂未", "还未", "并未", "从未", "未曾", "没有", "暂无", "尚无", "并无", "缺乏",
                   "缺少", "欠缺", "不具备", "还没有", "尚待", "有待", "未有", "空白"}),
        None,
    ),
    # 不足 before a figure is a comparison ("距保质期不足三分之一的产品", "不足50元的"), and before
    # 的 a condition ("耗材不足的主动补送"), not a gap
    ("negated", frozenset({"不足"}), re.compile(r"^(?!\s*[\d一二两三四五六七八九十百千万半的])")),
    # "未单独设立呼叫中心": an adverb between the negation and the action
    ("negated", frozenset({"未", "没"}), re.compile("^(单独|专门|另行|正式|独立|统一)?" + _ACTION)),
    # what a rule or an audit finds not done ("超过两年未评审", "3单未回访"); "未回访的客户" is a
    # condition
    ("negated", frozenset({"未", "没"}), re.compile(r"^(评审|修订|更新|回访|培训|考核|审核|公示|告知)(?!的)")),
    # 无 also starts fixed phrases ("无理由退货", "无质量问题"): a cue only before these.
    ("negated", frozenset({"无"}), re.compile(r"^(相关|专门|专人|专职|正式|书面|完整|任何|此类|固定|统一|明确)")),
    # 不 is everywhere in rules ("不得", "不收取"); it negates the topic only as a poor assessment.
    ("negated", frozenset({"不"}), re.compile(r"^(熟悉|了解|掌握|清楚|到位|完善|健全|齐全|规范|充足|完整|具备|够)")),
    ("planned", frozenset({"拟于", "拟在", "拟设", "拟建", "将于", "将在", "筹建", "筹备", "打算", "下一步", "待定"}), None),
    # 拟 is also "prospective" (拟开发供方), 计划 also a noun (培训计划), 预计 also an estimate
    # (预计上门时间): cues only before a time or an action.
    ("planned", frozenset({"拟", "计划", "准备", "预计", "将"}), re.compile("^(" + _TIME + "|" + _PLAN_ACTION + ")")),
    ("planned", frozenset({"计划"}), re.compile("^(于|在)")),
)
_FUTURE_PHRASES = re.compile(
    r"(正在(起草|制定|筹建|建设|编制|筹备)|(起草|制定|筹建|建设|编制|筹备)中|待.{1,8}后(实施|执行|发布)|下一步|下一阶段|下阶段|另行(制定|规定|发布|下发|通知)"
    # "研究将督导独立出来的可行性": a question being studied
    r"|(研究|论证)[^,，。;；]{0,24}(可行性|必要性))"
)
_NEGATIVE_PHRASES = re.compile(r"(不熟悉|不了解|不到位|不健全|不完善|不齐全)")
# "在没有自营网点的地区,委托…": the negation names where a rule applies, not a gap
_WHERE_NOT = re.compile(r"[^,，;；。]{1,10}?的(地区|区域|地方|城市|省份|县市|市县|乡镇|情况下)")


@dataclass(frozen=True)
class Cue:
    word: str
    kind: str  # "negated" | "planned"
    start: int = 0  # offset within the sentence it was found in


class Tokenizer:
    """A jieba tokenizer of its own (not jieba's global one) that knows the packs' terms."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._tk = jieba.Tokenizer()
        cue_words = {c for _kind, cues, _follower in _CUES for c in cues}
        for w in sorted(set(words)):
            # a term that spells a gap ("未设立", "没有设立") must not become one token, or the
            # cue inside it would no longer be seen for every other element
            if len(w) > 1 and not any(w.startswith(c) and w != c for c in cue_words):
                self._tk.add_word(w, freq=20000)
        for w in ("无理由退货", "无理由退换货", "七天无理由", "7天无理由", "无偿", "无故"):
            self._tk.add_word(w, freq=20000)
        self._cut = lru_cache(maxsize=50_000)(self._cut_uncached)
        self.cues = lru_cache(maxsize=50_000)(self._cues_uncached)

    def _cut_uncached(self, text: str) -> tuple[str, ...]:
        return tuple(self._tk.cut(text, HMM=False))

    def cut(self, text: str) -> tuple[str, ...]:
        return self._cut(text)

    def _cues_uncached(self, sentence: str) -> tuple[Cue, ...]:
        """Every negation or intention cue in a sentence, with its offset."""
        found = [Cue(m.group(0), "planned", m.start()) for m in _FUTURE_PHRASES.finditer(sentence)]
        found += [Cue(m.group(0), "negated", m.start()) for m in _NEGATIVE_PHRASES.finditer(sentence)]
        tokens = self.cut(sentence)
        pos = 0
        for i, tok in enumerate(tokens):
            rest = "".join(tokens[i + 1 : i + 4])
            prev = tokens[i - 1] if i else ""
            for kind, words, follower in _CUES:
                if tok not in words or _CONDITION.match(rest) or prev in _CONDITION_BEFORE:
                    continue
                if follower is None or follower.match(rest):
                    if kind == "negated" and _WHERE_NOT.match(sentence, pos + len(tok)):
                        break
                    found.append(Cue(tok, kind, pos))
                    break
            pos += len(tok)
        return tuple(sorted(found, key=lambda c: c.start))

    def cue_for(self, text: str, pos: int) -> Cue | None:
        """The cue that governs the word at `pos`: one in its own clause, or one earlier in the
        same sentence with no turn (但, 已…) between ("拟设立退换货专员,负责退换货受理")."""
        s_lo, s_hi = sentence_span(text, pos)
        sentence = text[s_lo:s_hi]
        rel = pos - s_lo
        c_lo, c_hi = clause_span(sentence, rel)
        for cue in self.cues(sentence):
            if c_lo <= cue.start < c_hi:
                return cue
            if cue.start < c_lo and not _CONTRAST.search(sentence, cue.start + len(cue.word), rel):
                return cue
        return None


def snippet_around(text: str, start: int, end: int, width: int = 160) -> str:
    """The whole text when short; otherwise a window of about `width` characters around [start, end)."""
    if len(text) <= width:
        return text
    pad = max(0, (width - (end - start)) // 2)
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    return text[lo:hi]
