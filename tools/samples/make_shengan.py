"""Generate the sample document set of 苏州升安电梯工程有限公司 (a fictional company).

An elevator installation, maintenance, repair and modernisation contractor (电梯安装、维保、
改造、大修) working for 物业公司, malls and hospitals in 苏州 and 无锡: about 180 staff,
three 维保站, a 24-hour 救援 hotline and a 配件仓库.  The files are written to
evidence_samples/shengan-elevator/.  All content lives in this script; the output is
deterministic (fixed dates, seeded RNG, fixed ZIP timestamps, fixed PDF dates).

    /work/venv/bin/python tools/samples/make_shengan.py [output_dir]

labels.yaml, README.md and .checkerignore in the output folder are maintained by hand
and are not touched by this script.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from functools import partial
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Spacer

sys.dont_write_bytecode = True  # importing the shared helpers must not leave a __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import (  # noqa: E402
    PdfArticles,
    d,
    pdf_table,
    save_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "evidence_samples" / "shengan-elevator"
COMPANY = "苏州升安电梯工程有限公司"
HOTLINE = "0512-6580 9196"
HOTLINE_WX = "0510-8521 7730"
COMPLAINT_TEL = "0512-6580 9195"
MAIL = "kf@sz-shengan.com.cn"
WECHAT = "升安电梯服务"

DocxBuilder = partial(common.DocxBuilder, company=COMPANY)
build_pdf = partial(common.build_pdf, company=COMPANY)
xlsx_sheet = partial(common.xlsx_sheet, head_fill="FCE4D6")

WIDTH = A4[0] - 4.4 * cm
AS_OF = dt.date(2026, 11, 20)

# --------------------------------------------------------------------------- #
# shared data
# --------------------------------------------------------------------------- #

SURNAMES = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文华浦"
GIVEN = "建国伟强军磊鹏杰涛明超勇斌浩宇晨峰刚辉亮俊波华平东林海文志成康荣新春晓永祥金龙正福忠兵"

STATIONS = ["园区站", "吴中站", "无锡站"]

# name, station, district, kind, 物业/使用单位, lifts (客梯/病床/货梯), escalators, limit (min),
# brand, 驻点
PROJECTS = [
    ("星湖湾花园", "园区站", "工业园区", "住宅", "苏州绿苑物业服务有限公司", 36, 0, 30, "菱达", False),
    ("东沙湖雅苑", "园区站", "工业园区", "住宅", "苏州嘉和物业管理有限公司", 28, 0, 30, "博迅", False),
    ("翰林府公寓", "园区站", "工业园区", "住宅", "中锦物业服务集团苏州分公司", 22, 0, 30, "菱达", False),
    ("星汇广场购物中心", "园区站", "工业园区", "商场", "苏州万润商业管理有限公司", 14, 32, 30, "奥森", False),
    ("园区仁和医院", "园区站", "工业园区", "医院", "园区仁和医院总务科", 26, 4, 15, "菱达", True),
    ("金湖国际大厦", "园区站", "工业园区", "写字楼", "苏州金湖物业管理有限公司", 18, 0, 30, "奥森", False),
    ("元和嘉苑", "园区站", "相城区", "住宅", "苏州绿苑物业服务有限公司", 40, 0, 30, "吴越", False),
    ("阳澄佳园", "园区站", "相城区", "住宅", "苏州嘉和物业管理有限公司", 32, 0, 30, "博迅", False),
    ("相城康宁医院", "园区站", "相城区", "医院", "相城康宁医院后勤保障处", 14, 2, 30, "菱达", False),
    ("玉峰花苑", "园区站", "昆山市", "住宅", "昆山玉峰物业服务有限公司", 30, 0, 60, "吴越", False),
    ("锦溪商务中心", "园区站", "昆山市", "写字楼", "昆山锦溪物业管理有限公司", 12, 0, 60, "奥森", False),
    ("唯亭佳苑（动迁小区）", "园区站", "工业园区", "住宅", "苏州唯亭社区物业服务中心", 48, 0, 30, "恒川", False),
    ("独墅湖创意产业园", "园区站", "工业园区", "园区", "苏州独墅湖科创物业有限公司", 16, 0, 30, "博迅", False),
    ("天池苑", "吴中站", "吴中区", "住宅", "苏州嘉和物业管理有限公司", 34, 0, 30, "恒川", False),
    ("吴中万润商业广场", "吴中站", "吴中区", "商场", "苏州万润商业管理有限公司", 10, 24, 30, "奥森", False),
    ("澄湖雅居", "吴中站", "吴中区", "住宅", "中锦物业服务集团苏州分公司", 26, 0, 30, "菱达", False),
    ("吴中博爱医院", "吴中站", "吴中区", "医院", "吴中博爱医院总务科", 22, 2, 15, "菱达", True),
    ("平江新苑（既有住宅加装）", "吴中站", "姑苏区", "加装电梯", "平江街道加装电梯自管小组", 12, 0, 30, "吴越", False),
    ("山塘人家", "吴中站", "姑苏区", "住宅", "苏州绿苑物业服务有限公司", 18, 0, 30, "恒川", False),
    ("狮山名邸", "吴中站", "高新区", "住宅", "中锦物业服务集团苏州分公司", 30, 0, 30, "博迅", False),
    ("科技城产业园", "吴中站", "高新区", "园区", "苏州科创城物业服务有限公司", 20, 0, 30, "恒川", False),
    ("松陵御景园", "吴中站", "吴江区", "住宅", "吴江松陵物业管理有限公司", 28, 0, 30, "吴越", False),
    ("盛泽纺织城", "吴中站", "吴江区", "商场", "盛泽纺织城市场管理有限公司", 16, 8, 30, "恒川", False),
    ("金山苑", "吴中站", "吴中区", "住宅", "苏州嘉和物业管理有限公司", 24, 0, 30, "菱达", False),
    ("石路商厦", "吴中站", "姑苏区", "商场", "苏州石路商业管理有限公司", 6, 12, 30, "奥森", False),
    ("锡东天汇广场", "无锡站", "新吴区", "商场", "无锡天汇商业管理有限公司", 12, 28, 30, "奥森", False),
    ("梅村嘉园", "无锡站", "新吴区", "住宅", "无锡锡城物业管理有限公司", 42, 0, 30, "博迅", False),
    ("蠡湖雅居", "无锡站", "滨湖区", "住宅", "无锡锡城物业管理有限公司", 30, 0, 30, "菱达", False),
    ("南禅苑", "无锡站", "梁溪区", "住宅", "无锡南禅物业服务有限公司", 24, 0, 30, "恒川", False),
    ("新吴康华医院", "无锡站", "新吴区", "医院", "新吴康华医院总务科", 18, 2, 30, "菱达", False),
    ("东亭花园", "无锡站", "锡山区", "住宅", "无锡东亭物业管理有限公司", 26, 0, 30, "吴越", False),
    ("硕放工业园", "无锡站", "新吴区", "园区", "无锡硕放园区物业有限公司", 14, 0, 30, "博迅", False),
    ("澄江佳苑", "无锡站", "江阴市", "住宅", "江阴澄江物业服务有限公司", 28, 0, 60, "吴越", False),
    ("滨江商务楼", "无锡站", "江阴市", "写字楼", "江阴滨江物业管理有限公司", 18, 0, 60, "奥森", False),
    ("湖滨花园", "无锡站", "滨湖区", "住宅", "无锡湖滨物业服务有限公司", 20, 0, 30, "博迅", False),
]
PROJ = {p[0]: p for p in PROJECTS}
SUBCONTRACTED = ("澄江佳苑", "滨江商务楼")  # 江阴: 分包给江阴澄安电梯服务部

STATION_HEADS = {"园区站": "张立伟", "吴中站": "顾明", "无锡站": "华永强"}
STATION_CREW = {
    "园区站": ["许振华", "钱永康", "朱海峰", "徐正东", "蔡明亮", "邵建军", "陶志成", "卢春晖", "贺俊", "汤文斌"],
    "吴中站": ["沈国荣", "金晓东", "陆志刚", "曹勇", "潘建新", "吕海波", "戴明", "叶祥林", "范正平", "倪伟"],
    "无锡站": ["秦海东", "过志强", "浦建华", "尤文龙", "缪俊", "唐荣"],
}
DISPATCHERS = ["吴晓琳", "陈雯", "李婧", "赵倩", "徐蕾", "邹敏", "王莹", "韩露"]

# units in maintenance per station, Jan .. Nov 2026
UNITS = {
    "园区站": [970, 972, 975, 977, 979, 981, 983, 984, 986, 988, 988],
    "吴中站": [861, 862, 864, 865, 866, 868, 869, 871, 872, 874, 874],
    "无锡站": [606, 608, 610, 612, 614, 616, 618, 620, 622, 624, 624],
}


def _pick(rng, pairs):
    r = rng.random()
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def _weighted(rng, items, weights):
    r = rng.random() * sum(weights)
    for it, w in zip(items, weights, strict=True):
        r -= w
        if r < 0:
            return it
    return items[-1]


def masked(rng):
    return rng.choice(SURNAMES) + rng.choice(["*", "**"])


def next_workday(day: dt.date, n: int = 1) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def workdays_between(a: dt.date, b: dt.date) -> int:
    """Working days after a up to and including b."""
    n = 0
    cur = a
    while cur < b:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5:
            n += 1
    return n


# --------------------------------------------------------------------------- #
# 困人救援调度台账 (one row a trapped-passenger call)
# --------------------------------------------------------------------------- #

RESCUE_MONTHS = {1: 22, 2: 24, 3: 17, 4: 18, 5: 20, 6: 26, 7: 28, 8: 25, 9: 20, 10: 19, 11: 12}

CAUSES = [
    ("门锁回路故障（厅门门锁触点接触不良）", .20, "清洁调整门锁触点，试运行正常", "门系统"),
    ("门机故障（门机皮带松脱/门机控制板报警）", .12, "调整门机皮带张紧，复位门机控制板", "门系统"),
    ("光幕故障，门反复开关后停梯", .06, "清洁光幕，调整对位，试运行正常", "门系统"),
    ("外部停电", .11, "松闸盘车至平层放人，来电后检查运行正常", "外部原因"),
    ("变频器过流保护", .08, "检查变频器及编码器，复位后运行正常，列入观察", "驱动控制"),
    ("平层感应器/编码器故障，轿厢停在两层之间", .09, "盘车至平层放人，更换平层感应器", "驱动控制"),
    ("安全回路断开（限速器开关/底坑急停动作）", .07, "检查复位安全回路，查明原因后恢复", "安全回路"),
    ("乘客扒门、蹦跳导致保护动作", .10, "放人后复位，向物业提出张贴乘梯须知", "人为原因"),
    ("超载运行后报警停梯", .04, "放人后复位，检查称重装置正常", "人为原因"),
    ("雨水进入底坑/机房，安全回路短路", .05, "排水、烘干，更换受潮元件", "外部原因"),
    ("控制主板故障", .04, "更换主板（非库存件，等件期间停梯）", "驱动控制"),
    ("其他（原因待查）", .04, "放人后运行正常，技术员次日复查", "其他"),
]

SOURCES = [("物业值班室来电", .44), ("96333平台转派", .27), ("乘客拨打救援热线", .21),
           ("110/119转来", .03), ("驻点人员发现", .05)]

def late_reason_for(rng, when):
    if when.hour >= 22 or when.hour < 6:
        return rng.choice(["夜间值班人员从住处出发", "夜间值班人员在另一项目处理故障"])
    if when.hour in (7, 8, 17, 18, 19):
        return rng.choice(["早晚高峰道路拥堵", "高峰时段高架拥堵，改走地面道路"])
    return rng.choice(["就近人员正在另一现场处理故障", "导航绕路，入口难找",
                       "值班车外出加油，改骑电动车前往"])

# (接报 datetime) -> fields for the cases the other documents refer to
RESCUE_SPECIAL = {
    dt.datetime(2026, 2, 16, 20, 40): dict(
        project="南禅苑", lift="7幢2#梯", source="物业值班室来电", people=2, arrive=48,
        release=9, cause=CAUSES[0], late="春节值班人员不足，就近人员在梅村嘉园处理故障",
        crew="秦海东、缪俊"),
    dt.datetime(2026, 6, 11, 8, 5): dict(
        project="玉峰花苑", lift="12幢1#梯", source="96333平台转派", people=3, arrive=35,
        release=8, cause=CAUSES[5], late="", crew="陶志成、卢春晖"),
    dt.datetime(2026, 7, 14, 18, 12): dict(
        project="锡东天汇广场", lift="A区3#客梯", source="乘客拨打救援热线", people=6, arrive=41,
        release=14, cause=CAUSES[4],
        late="晚高峰拥堵；就近人员在梅村嘉园处理另一起停梯",
        crew="过志强、浦建华", note="乘客拍视频发抖音；按重大事件Ⅱ级处置，站长、副总到场"),
    dt.datetime(2026, 10, 10, 7, 52): dict(
        project="蠡湖雅居", lift="5幢1#梯", source="96333平台转派", people=1, arrive=27,
        release=6, cause=CAUSES[7], late="", crew="尤文龙、唐荣"),
}


def _hour(rng):
    return _weighted(rng, list(range(24)),
                     [1, .6, .4, .3, .3, .6, 2, 5, 6, 4, 3, 3, 4, 3, 3, 3, 4, 6, 7, 6, 4, 3, 2, 1.5])


def _limit(p, when):
    """到场时限: 驻点医院 07:00-22:00 15 minutes, otherwise the area's limit."""
    if p[9]:
        return 15 if 7 <= when.hour < 22 else 30
    return p[7]


def rescue_rows():
    rng = random.Random(20260101)
    rng_late = random.Random(3107)  # overdue arrivals drawn apart, so the rate is stable
    rng_visit = random.Random(515)
    events = []
    for month, count in RESCUE_MONTHS.items():
        last = 20 if month == 11 else (dt.date(2026, month + 1, 1) - dt.timedelta(days=1)).day
        for _ in range(count):
            day = rng.randint(1, last)
            events.append(dt.datetime(2026, month, day, _hour(rng), rng.randint(0, 59)))
    # the special cases replace the nearest drawn event of the same month
    for when in RESCUE_SPECIAL:
        cands = [e for e in events if e.month == when.month and e not in RESCUE_SPECIAL]
        nearest = min(cands, key=lambda e: abs((e - when).total_seconds()))
        events[events.index(nearest)] = when
    events.sort()

    lift_projects = [p for p in PROJECTS if p[5] > 0]
    kind_factor = {"住宅": 1.0, "加装电梯": 1.3, "商场": 1.5, "医院": 1.4, "写字楼": .8, "园区": .5}
    weights = [p[5] * kind_factor[p[3]] * (1.25 if p[1] == "无锡站" else 1.0) for p in lift_projects]

    rows = []
    seq = {}
    for when in events:
        seq[when.month] = seq.get(when.month, 0) + 1
        no = f"JY26{when.month:02d}{seq[when.month]:03d}"
        spec = RESCUE_SPECIAL.get(when)
        if spec:
            p = PROJ[spec["project"]]
            limit = _limit(p, when)
            lift, source, people = spec["lift"], spec["source"], spec["people"]
            cause = spec["cause"]
            arrive, release = spec["arrive"], spec["release"]
            late_reason, crew = spec["late"], spec["crew"]
            note = spec.get("note", "")
            dispatch = 2
        else:
            p = _weighted(rng, lift_projects, weights)
            if p[3] in ("住宅", "加装电梯"):
                lift = f"{rng.randint(1, max(2, p[5] // 2))}幢{rng.randint(1, 2)}#梯"
            elif p[3] == "医院":
                lift = f"{rng.choice(['门诊楼', '住院楼', '医技楼'])}{rng.randint(1, 6)}#{rng.choice(['病床梯', '客梯'])}"
            else:
                lift = f"{rng.choice('ABC')}区{rng.randint(1, 6)}#{'货梯' if p[3] == '园区' else '客梯'}"
            source = _pick(rng, SOURCES)
            if source == "驻点人员发现" and not p[9]:
                source = "物业值班室来电"
            people = _weighted(rng, [1, 2, 3, 4, 5, 6], [38, 28, 15, 9, 6, 4])
            cause = _weighted(rng, CAUSES, [c[1] for c in CAUSES])
            dispatch = rng.choice([1, 1, 2, 2, 2, 3, 3])
            if rng.random() < 0.02:
                dispatch = rng.randint(4, 6)
            limit = _limit(p, when)
            daytime = 7 <= when.hour < 22
            if p[9] and daytime:
                arrive = rng.randint(3, 9)
            elif limit == 60:
                arrive = rng.randint(22, 50)
            elif p[2] in ("吴江区", "相城区") or not daytime:
                arrive = rng.randint(14, 28)
            else:
                arrive = rng.randint(9, 27)
            crew_pool = STATION_CREW[p[1]]
            if p[0] in SUBCONTRACTED:
                crew = "澄安（分包）" + masked(rng) + "、" + masked(rng)
            else:
                a, b = rng.sample(crew_pool, 2)
                crew = f"{a}、{b}"
            p_late = {"园区站": .02, "吴中站": .03, "无锡站": .08}[p[1]]
            if p[7] == 60:
                p_late = .03
            if p[9] and daytime:
                p_late = 0
            late_reason = ""
            if rng_late.random() < p_late:
                arrive = limit + rng_late.randint(3, 17)
                late_reason = late_reason_for(rng_late, when)
                if p[0] in SUBCONTRACTED:
                    late_reason = "分包单位值班人员未及时出发"
            release = rng.randint(4, 18)
            note = ""
        t_dispatch = when + dt.timedelta(minutes=dispatch)
        t_arrive = when + dt.timedelta(minutes=arrive)
        t_release = t_arrive + dt.timedelta(minutes=release)
        over = "是" if arrive > limit else "否"
        if cause[3] == "驱动控制" and "主板" in cause[0]:
            resume = t_release + dt.timedelta(days=rng.randint(3, 9), hours=rng.randint(1, 6))
        else:
            resume = t_release + dt.timedelta(minutes=rng.randint(20, 240))
        stop_h = round((resume - when).total_seconds() / 3600, 1)
        # 回访: the rule is there since V2.1, but Jan-Apr it was often not done or not logged
        visit_date, visit = "", ""
        p_visit = 0.38 if when.month <= 4 else 0.95
        if spec or rng_visit.random() < p_visit:
            vd = next_workday(t_release.date())
            if vd <= AS_OF:
                visit_date = vd
                if over == "是":
                    visit = "物业反映到场偏慢，已致歉"
                else:
                    visit = rng.choice(["物业认可处置", "物业认可处置", "物业认可处置",
                                        "物业要求加强该梯门系统保养", "物业认可，提出尽快出具故障说明"])
        confirm = f"{rng.choice(SURNAMES)}（物业）" if p[3] != "医院" else f"{rng.choice(SURNAMES)}（总务）"
        rows.append([
            len(rows) + 1, no, when, source, p[0], p[1], p[2], lift, p[8],
            "病床电梯" if "病床" in lift else ("载货电梯" if "货梯" in lift else "乘客电梯"),
            people, rng.choice(DISPATCHERS), t_dispatch, crew, t_arrive, arrive, limit, over,
            late_reason, t_release, cause[0], cause[2], resume, stop_h, confirm, visit_date, visit,
            note,
        ])
    return rows


RESCUE_HEADER = ["序号", "工单号", "接报时间", "报警来源", "项目", "维保站", "区域", "梯号", "品牌", "梯种",
                 "被困人数", "接警调度员", "派单时间", "出发人员", "到场时间", "到场用时(分钟)", "到场时限(分钟)",
                 "是否超时", "超时原因", "放人时间", "故障原因", "处置情况", "恢复运行时间", "停梯时长(小时)",
                 "物业确认人", "回访日期", "回访情况", "备注"]


def rescue_stats(rows, upto: dt.date = AS_OF):
    rows = [r for r in rows if r[2].date() <= upto]
    n = len(rows)
    late = [r for r in rows if r[17] == "是"]
    by_station = {}
    for s in STATIONS:
        sr = [r for r in rows if r[5] == s]
        sl = sum(1 for r in sr if r[17] == "是")
        by_station[s] = dict(n=len(sr), late=sl, rate=1 - sl / len(sr) if sr else 1,
                             avg=sum(r[15] for r in sr) / len(sr) if sr else 0)
    visitable = [r for r in rows if next_workday(r[19].date()) <= upto]
    visited = [r for r in visitable if r[25]]
    trapped = [(r[19] - r[2]).total_seconds() / 60 for r in rows]
    return dict(
        n=n, late=len(late), rate=1 - len(late) / n, avg=sum(r[15] for r in rows) / n,
        people=sum(r[10] for r in rows), by_station=by_station,
        visit_rate=len(visited) / len(visitable),
        visit_rate_jan_apr=sum(1 for r in visitable if r[25] and r[2].month <= 4) / max(
            1, sum(1 for r in visitable if r[2].month <= 4)),
        visit_rate_may=sum(1 for r in visitable if r[25] and r[2].month >= 5) / max(
            1, sum(1 for r in visitable if r[2].month >= 5)),
        trapped_avg=sum(trapped) / n, trapped_max=max(trapped),
        platform=sum(1 for r in rows if r[3] == "96333平台转派"),
        dispatch_over=sum(1 for r in rows if (r[12] - r[2]).total_seconds() > 180),
        door=sum(1 for r in rows if "门" in r[20] or "光幕" in r[20]),
    )


# --------------------------------------------------------------------------- #
# 维保执行、故障、定期检验、质量抽检、专项检查、配件 (monthly and per record)
# --------------------------------------------------------------------------- #

MONTHS10 = list(range(1, 11))


def maintenance_rows():
    rng = random.Random(8804)
    miss = {"园区站": .002, "吴中站": .003, "无锡站": .009}
    unsigned = {"园区站": .008, "吴中站": .012, "无锡站": .052}
    rows = []
    for m in MONTHS10:
        for s in STATIONS:
            units = UNITS[s][m - 1]
            plan = units * 2
            missed = max(0, round(plan * miss[s] * rng.uniform(.5, 1.5)))
            late_done = max(0, missed - rng.randint(0, 2))
            not_done = missed - late_done
            done = plan - missed
            sign = done + late_done - round((done + late_done) * unsigned[s] * rng.uniform(.7, 1.3))
            note = ""
            if not_done:
                note = rng.choice(["业主装修封梯，物业书面同意暂停", "物业停用待改造", "小区停电检修当日无法作业"])
            if s == "无锡站" and m in (7, 8, 9):
                note = (note + "；" if note else "") + "记录单补签滞后"
            rows.append([f"2026年{m}月", s, units, plan, done, f"{done / plan:.1%}", late_done, not_done,
                         sign, f"{sign / (done + late_done):.1%}", note])
    return rows


def maint_stats(rows, upto_month=10):
    rows = [r for r in rows if int(r[0][5:-1]) <= upto_month]
    plan = sum(r[3] for r in rows)
    done = sum(r[4] for r in rows)
    late = sum(r[6] for r in rows)
    sign = sum(r[8] for r in rows)
    wx = [r for r in rows if r[1] == "无锡站"]
    return dict(plan=plan, done=done, on_time=done / plan, total_rate=(done + late) / plan,
                sign_rate=sign / (done + late),
                wx_sign=sum(r[8] for r in wx) / sum(r[4] + r[6] for r in wx))


def fault_rows():
    rng = random.Random(4417)
    base = {"园区站": 3.55, "吴中站": 3.35, "无锡站": 4.5}
    season = {1: 1.05, 2: 1.0, 3: .95, 4: .95, 5: 1.0, 6: 1.15, 7: 1.25, 8: 1.2, 9: 1.0, 10: .95}
    rows = []
    for m in MONTHS10:
        for s in STATIONS:
            units = UNITS[s][m - 1]
            n = round(units / 100 * base[s] * season[m] * rng.uniform(.92, 1.08))
            rows.append((m, s, units, n))
    return rows


def fault_stats(frows, rrows, upto_month=10):
    fr = [r for r in frows if r[0] <= upto_month]
    total = sum(r[3] for r in fr)
    unit_months = sum(r[2] for r in fr)
    by_st = {s: (sum(r[3] for r in fr if r[1] == s), sum(r[2] for r in fr if r[1] == s))
             for s in STATIONS}
    by_month = {m: (sum(r[3] for r in fr if r[0] == m), sum(r[2] for r in fr if r[0] == m))
                for m in MONTHS10 if m <= upto_month}
    rescues = [r for r in rrows if r[2].month <= upto_month]
    return dict(total=total, rate=total / unit_months * 100,
                by_station={s: v[0] / v[1] * 100 for s, v in by_st.items()},
                by_station_n={s: v[0] for s, v in by_st.items()},
                by_month=by_month, rescues=len(rescues),
                rescue_rate=len(rescues) / unit_months * 1000)


INSPECT_ISSUES = [
    "制动器间隙超标", "轿厢应急照明失效", "层门自闭装置失效", "对讲装置不通", "井道照明不全",
    "限速器动作速度偏差", "底坑积水", "扶梯梳齿板缺齿", "轿厢超载保护装置失效", "门锁啮合长度不足",
]


def inspection_rows():
    rng = random.Random(6623)
    fail_p = {"园区站": .012, "吴中站": .015, "无锡站": .026}
    rows = []
    for m in MONTHS10:
        for s in STATIONS:
            n = round(UNITS[s][m - 1] / 12 * rng.uniform(.8, 1.2))
            fails = sum(1 for _ in range(n) if rng.random() < fail_p[s])
            pending = 0
            if m == 10 and fails:
                pending = 1
            issues = "；".join(rng.sample(INSPECT_ISSUES, min(fails, 3))) if fails else "—"
            org = "苏州市特种设备检验检测研究院" if s != "无锡站" else "无锡市特种设备检验检测研究院"
            rows.append([f"2026年{m}月", s, org, n, n - fails, fails - pending, pending, issues,
                         f"{(n - fails) / n:.1%}"])
    return rows


def inspection_stats(rows, upto_month=10):
    rows = [r for r in rows if int(r[0][5:-1]) <= upto_month]
    n = sum(r[3] for r in rows)
    ok = sum(r[4] for r in rows)
    return dict(n=n, ok=ok, rate=ok / n, fails=n - ok)


RECTIFY = [
    [dt.date(2026, 3, 18), "吴中区市场监督管理局", "天池苑", "吴中站", "特种设备安全监察指令书",
     "3幢1#梯维保记录中限速器检查日期与现场签到时间不符", dt.date(2026, 3, 28), dt.date(2026, 3, 25),
     "对当班维保工批评教育，全站记录单自查一遍", "已关闭"],
    [dt.date(2026, 5, 9), "苏州市特种设备检验检测研究院", "星湖湾花园", "园区站", "检验意见通知书",
     "11幢2#梯制动器闸瓦间隙超标", dt.date(2026, 5, 24), dt.date(2026, 5, 15), "调整制动器间隙，复检合格", "已关闭"],
    [dt.date(2026, 6, 22), "无锡市新吴区市场监督管理局", "梅村嘉园", "无锡站", "现场检查记录（责令改正）",
     "未能提供2026年上半年困人应急演练记录", dt.date(2026, 7, 22), dt.date(2026, 7, 10),
     "7月10日与物业联合演练，补充记录", "已关闭"],
    [dt.date(2026, 8, 13), "苏州市特种设备检验检测研究院", "盛泽纺织城", "吴中站", "检验意见通知书",
     "2#扶梯上部梳齿板缺齿3个", dt.date(2026, 8, 28), dt.date(2026, 8, 16), "更换梳齿板", "已关闭"],
    [dt.date(2026, 9, 27), "无锡市特种设备检验检测研究院", "蠡湖雅居", "无锡站", "检验意见通知书",
     "2幢1#梯轿厢应急照明失效", dt.date(2026, 10, 12), dt.date(2026, 10, 5), "更换应急电源蓄电池", "已关闭"],
    [dt.date(2026, 10, 30), "姑苏区市场监督管理局", "平江新苑（既有住宅加装）", "吴中站", "特种设备安全监察指令书",
     "机房（控制柜）处未放置维保记录及应急救援程序", dt.date(2026, 11, 30), "", "已通知站长，待落实", "未关闭"],
]


CHECK_ISSUES = [
    ("维保记录单无物业签字", 4), ("作业时未设置护栏和告示牌", 5), ("底坑有杂物未清理", 3),
    ("门刀与门锁滚轮间隙超标", 4), ("机房温度超过40℃未告知物业", 3), ("轿顶检修开关标识不清", 2),
    ("限速器检查项目记录为“正常”但未见测试数据", 4), ("工具包缺扭力扳手", 2), ("未按计划日期维保，延迟3天", 5),
]


def quality_check_rows():
    rng = random.Random(7319)
    rows = []
    inspectors = ["周慧", "王敏", "刘振"]
    month_end = {m: (dt.date(2026, m + 1, 1) - dt.timedelta(days=1)).day for m in range(1, 11)}
    month_end[11] = 20
    for m in range(1, 12):
        for s in STATIONS:
            projs = [p for p in PROJECTS if p[1] == s and p[0] not in SUBCONTRACTED]
            for p in rng.sample(projs, 3):
                day = dt.date(2026, m, rng.randint(3, month_end[m]))
                while day.weekday() >= 5:
                    day -= dt.timedelta(days=1)
                k = rng.choice([0, 0, 1, 1, 1, 2]) + (1 if s == "无锡站" and rng.random() < .5 else 0)
                issues = []
                for _ in range(k):
                    it = _weighted(rng, CHECK_ISSUES, [c[1] for c in CHECK_ISSUES])
                    if it[0] not in issues:
                        issues.append(it[0])
                score = 100 - sum(dict(CHECK_ISSUES)[i] for i in issues) - rng.randint(0, 4)
                lift = f"{rng.randint(1, 12)}#梯"
                if issues:
                    recheck = next_workday(day, rng.randint(3, 7))
                    recheck_v = recheck if recheck <= AS_OF else "待复查"
                    act = "开具整改通知单，站长组织整改"
                else:
                    recheck_v, act = "—", "—"
                rows.append([day, s, p[0], lift, rng.choice(["维保质量", "维保质量", "作业安全"]), score,
                             "；".join(issues) if issues else "未发现问题", act, recheck_v,
                             rng.choice(inspectors)])
    rows.sort(key=lambda r: (r[0], STATIONS.index(r[1])))
    return rows


CAMPAIGNS = [
    ("春节前安全检查", dt.date(2026, 2, 2), dt.date(2026, 2, 12), None,
     ["门系统及安全回路检查正常", "更换磨损门滑块", "应急电源蓄电池电压偏低，已更换", "建议物业春节期间保持对讲值守"]),
    ("梅雨季底坑及机房防水检查", dt.date(2026, 6, 8), dt.date(2026, 6, 19), ("住宅", "商场", "医院", "加装电梯"),
     ["底坑干燥", "底坑渗水，已书面告知物业处理防水", "机房窗户关闭不严，建议加装挡雨板", "集水坑无排水泵，建议物业配置"]),
    ("高温季节机房温度巡查", dt.date(2026, 7, 13), dt.date(2026, 7, 31), ("住宅", "加装电梯", "写字楼"),
     ["机房温度正常", "机房温度43℃，建议物业加装空调", "机房排风扇损坏，已告知物业", "控制柜滤网积尘，已清洁"]),
    ("国庆前人员密集场所专项检查", dt.date(2026, 9, 21), dt.date(2026, 9, 29), ("商场", "医院"),
     ["扶梯梳齿板、扶手带检查正常", "扶手带表面龟裂，建议列入明年更换", "扶梯急停按钮标识褪色，已更换", "病床梯运行正常"]),
]


def campaign_rows():
    rng = random.Random(2291)
    rows = []
    for name, start, end, kinds, results in CAMPAIGNS:
        projs = [p for p in PROJECTS if (kinds is None or p[3] in kinds)]
        span = (end - start).days
        for p in projs:
            day = start + dt.timedelta(days=rng.randint(0, span))
            while day.weekday() >= 5:
                day -= dt.timedelta(days=1)
            res = rng.choice(results)
            told = "是（书面）" if "建议" in res or "告知" in res else "—"
            rows.append([name, day, p[1], p[0], p[5] + p[6], res, told,
                         "澄安（分包）" if p[0] in SUBCONTRACTED else rng.choice(STATION_CREW[p[1]])])
    rows.sort(key=lambda r: (r[1], r[3]))
    return rows


# name, stocked, unit price (元), only for some brands
PARTS = [
    ("门机皮带（含张紧轮）", True, 160), ("门刀组件", True, 420), ("光幕", True, 680),
    ("门锁触点组件", True, 120), ("轿厢照明（整套）", True, 150), ("应急电源蓄电池", True, 260),
    ("导靴靴衬（4只）", True, 120), ("平层感应器", True, 380), ("五方对讲分机", True, 320),
    ("主控制板", False, 6800), ("门机控制板", False, 2600), ("变频器", False, 9500),
    ("旋转编码器", False, 1450), ("曳引钢丝绳（整套）", False, 6400), ("制动器闸瓦（对）", False, 1200),
    ("称重装置", False, 1800), ("轿门挂板", False, 750),
]
ESC_PARTS = [("扶梯梳齿板", True, 180), ("扶梯梯级", False, 980), ("扶梯扶手带", False, 8600)]

ORIGINAL_ONLY = ("主控制板", "门机控制板")


def compat_price(price):
    return int(round(price * 0.7, -1))


CONTRACT_TYPE = {"商场": "全包", "医院": "全包", "写字楼": "半包", "园区": "半包", "住宅": "半包",
                 "加装电梯": "清包"}


def parts_rows(rescues):
    rng = random.Random(5150)
    rows = []
    trapped_main = [r for r in rescues if "主板" in r[20]]
    day = dt.date(2026, 1, 3)
    while day <= AS_OF:
        if day.weekday() < 5:
            for _ in range(_weighted(rng, [0, 1, 2, 3], [20, 45, 30, 5])):
                p = rng.choice(PROJECTS)
                pool = PARTS + (ESC_PARTS if p[6] else [])
                part = _weighted(rng, pool, [4 if x[1] else 1.4 for x in pool])
                brand = p[8]
                origin = "原厂" if (not part[1] or rng.random() < .35) else "兼容（名录内）"
                unit = part[2] if origin == "原厂" else compat_price(part[2])
                qty = 1 if part[2] > 300 else rng.choice([1, 1, 2, 3])
                src = rng.choice(["维保发现", "维保发现", "故障报修", "故障报修", "困人工单"])
                ctype = CONTRACT_TYPE[p[3]] if not (p[3] == "住宅" and p[1] == "园区站" and "唯亭" in p[0]) else "清包"
                if part[1]:
                    arrive = day if rng.random() < .8 else next_workday(day)
                else:
                    lo, hi = (5, 13) if (brand in ("菱达", "博迅") and part[2] >= 2600) else (2, 8)
                    arrive = next_workday(day, rng.randint(lo, hi))
                if arrive > AS_OF:
                    arrive_v, wait, fit = "", "", ""
                else:
                    arrive_v = arrive
                    wait = workdays_between(day, arrive)
                    fit = arrive if rng.random() < .7 else next_workday(arrive)
                    if fit > AS_OF:
                        fit = ""
                charge = 0
                if ctype == "清包" or (ctype == "半包" and unit >= 300):
                    charge = unit * qty
                if charge == 0:
                    confirm = "—（合同内）"
                elif src == "困人工单":
                    confirm = f"急修先换，{next_workday(day).strftime('%m-%d')}补签"
                else:
                    confirm = f"报价单物业签字 {day.strftime('%m-%d')}"
                if charge and day >= dt.date(2026, 11, 16):
                    confirm = "报价已发，待物业签字"
                    fit = ""
                warranty = ""
                if isinstance(fit, dt.date):
                    mm = fit.month + 6
                    warranty = dt.date(fit.year + (mm - 1) // 12, (mm - 1) % 12 + 1, min(fit.day, 28))
                lift = f"{rng.randint(1, max(2, (p[5] + p[6]) // 2))}#{'扶梯' if part in ESC_PARTS else '梯'}"
                ref = src
                if src == "困人工单" and trapped_main and rng.random() < .3:
                    ref = f"困人工单 {rng.choice(trapped_main)[1]}"
                rows.append([len(rows) + 1, day, ref, p[0], p[1], lift, brand, part[0], origin, qty,
                             "是" if part[1] else "否", arrive_v, wait, fit, ctype, charge, confirm,
                             warranty, "陈刚" if part[1] else "陈刚/订货"])
        day += dt.timedelta(days=1)
    return rows


PARTS_HEADER = ["序号", "申领日期", "来源", "项目", "维保站", "梯号", "品牌", "配件名称", "原厂/兼容", "数量",
                "库存件", "出库/到货日期", "等件(工作日)", "更换日期", "合同方式", "收费金额(元)", "报价确认",
                "质保期至", "经办"]


def parts_stats(rows, upto_month=10):
    rows = [r for r in rows if r[1].month <= upto_month]
    ns = [r for r in rows if r[10] == "否" and r[12] != ""]
    over = [r for r in ns if r[12] > 7]
    return dict(n=len(rows), nonstock=len(ns), avg_wait=sum(r[12] for r in ns) / len(ns),
                over=len(over), over_rate=len(over) / len(ns),
                over_brand=sum(1 for r in over if r[6] in ("菱达", "博迅")),
                charged=sum(1 for r in rows if r[15]),
                charge_sum=sum(r[15] for r in rows))


# --------------------------------------------------------------------------- #
# 客户投诉登记 (kept by the 调度中心; thin)
# --------------------------------------------------------------------------- #

D = dt.date
COMPLAINTS = [
    [D(2026, 1, 9), "物业来电", "星湖湾花园 物业陈经理", "园区站", "11幢两台梯1月上旬的半月保没做，维保记录单却已经填好",
     "站长核实：维保工漏做2台并提前填单；当日补做，当事人扣当月质量绩效并调组", D(2026, 1, 12), "已解决", "满意", "吴晓琳"],
    [D(2026, 1, 23), "12345转办", "天池苑 业主王*", "吴中站", "3幢1#梯一周内停了3次，要求彻底修好",
     "更换门机控制板，技术员跟踪两周未复发；书面回复12345", D(2026, 1, 29), "已解决", "满意", "陈雯"],
    [D(2026, 2, 17), "物业来电", "南禅苑 物业周主管", "无锡站", "16日晚7幢2#梯困人，救援人员48分钟才到",
     "站长上门致歉；春节值班表每晚增加1组", D(2026, 2, 18), "已解决", "", "李婧"],
    [D(2026, 3, 5), "物业书面函", "澄湖雅居 中锦物业", "吴中站", "半包合同门机控制板报价2,600元，认为偏高",
     "市场商务部核对：按合同附件价格执行；另免费做一次门系统专项保养", D(2026, 3, 12), "已解决", "基本满意", "吴晓琳"],
    [D(2026, 3, 20), "医院总务科", "园区仁和医院 总务科", "园区站", "白天维保病床梯，影响病人转运",
     "病床梯维保改到每天21:00以后，驻点人员白天只做巡查", D(2026, 3, 22), "已解决", "满意", "陈雯"],
    [D(2026, 4, 8), "业主来电", "湖滨花园 业主赵*", "无锡站", "2幢电梯运行时轿厢抖，有异响",
     "更换导靴靴衬，校正导轨", D(2026, 4, 16), "已解决", "", "赵倩"],
    [D(2026, 4, 27), "物业来电", "金山苑 嘉和物业", "吴中站", "年检不合格项（门锁啮合长度）整改拖了两周",
     "等待门锁配件；5月6日整改完毕，复检合格", D(2026, 5, 6), "已解决", "基本满意", "吴晓琳"],
    [D(2026, 5, 14), "微信留言", "翰林府公寓 业主刘*", "园区站", "维保人员在机房门口抽烟",
     "当事人书面检讨，全站通报", D(2026, 5, 15), "已解决", "满意", "徐蕾"],
    [D(2026, 5, 30), "物业书面函", "吴中万润商业广场 万润商管", "改造大修部", "扶梯大修围挡不严，商场里灰尘大",
     "改为全封闭围挡，每天洒水两次", D(2026, 6, 2), "已解决", "满意", "吴晓琳"],
    [D(2026, 6, 11), "96333平台转办", "玉峰花苑 乘客孙*", "园区站", "被困约40分钟，认为救援太慢",
     "说明昆山地区到场时限60分钟，本次35分钟到场；向乘客致歉", D(2026, 6, 12), "已答复，乘客不认可", "不满意", "陈雯"],
    [D(2026, 6, 25), "物业来电", "蠡湖雅居 锡城物业", "无锡站", "5幢1#梯主板坏了停梯9天，业主意见很大",
     "向菱达催货，7月3日到货更换；等件期间每天向物业通报进度", D(2026, 7, 3), "已解决", "", "李婧"],
    [D(2026, 7, 14), "12345转办", "锡东天汇广场 乘客吴*", "无锡站", "A区3#客梯困了6个人55分钟，乘客发了视频，要求道歉和赔偿",
     "按重大事件处置：副总、站长当晚到场，当面致歉，承担医院检查费1,280元；商场当月维保费减免10%；书面回复12345",
     D(2026, 7, 16), "已解决", "基本满意", "吴晓琳"],
    [D(2026, 7, 29), "业主来电", "狮山名邸 业主", "吴中站", "维保时没放告示牌，老人进轿厢差点被门夹到",
     "当班维保工停岗培训3天，全站重新做安全作业交底", D(2026, 7, 30), "已解决", "满意", "邹敏"],
    [D(2026, 8, 19), "业主来电", "元和嘉苑 业主", "园区站", "夏天电梯老是停，机房很热",
     "测得机房45℃，已书面建议物业加装空调；物业未答复", D(2026, 8, 21), "未解决", "不满意", "陈雯"],
    [D(2026, 9, 2), "物业书面函", "山塘人家 绿苑物业", "改造大修部", "2#梯改造比合同工期晚了12天",
     "延误因井道土建整改（甲方负责）未完成；出具书面说明", D(2026, 9, 8), "已解决", "基本满意", "吴晓琳"],
    [D(2026, 9, 15), "业主来电", "梅村嘉园 业主钱*", "无锡站", "维保人员说话很冲", "", D(2026, 9, 16), "已解决", "", ""],
    [D(2026, 9, 22), "物业来电", "东亭花园 东亭物业", "无锡站", "公众号上写一般故障1小时到，这次报修1小时50分才到",
     "说明合同约定一般故障2小时内到场；公众号页面请综合办公室核实", D(2026, 9, 24), "已解决", "基本满意", "李婧"],
    [D(2026, 9, 28), "物业来电", "阳澄佳园 嘉和物业", "园区站", "8幢1#梯一个月停了4次",
     "更换光幕和门锁触点，技术员连续跟踪两周", D(2026, 10, 9), "已解决", "满意", "陈雯"],
    [D(2026, 10, 10), "96333平台转办", "蠡湖雅居", "无锡站", "困人（详见平台工单）", "", "", "处理中", "", "赵倩"],
    [D(2026, 10, 21), "业主来电", "松陵御景园 业主", "吴中站", "物业向业主收电梯维修费，要求升安公开配件价格",
     "告知维修费由物业与业主结算，报价单已提供给物业", D(2026, 10, 23), "未解决", "不满意", "吴晓琳"],
    [D(2026, 10, 30), "物业来电", "东沙湖雅苑 嘉和物业", "园区站", "变频器报价9,500元偏高",
     "复核按原厂件价格执行，另提供名录内兼容件方案供选择", D(2026, 11, 4), "已解决", "", "陈雯"],
    [D(2026, 11, 6), "商户来电", "石路商厦 楼上商户", "改造大修部", "夜里扶梯大修噪音大",
     "夜间作业调整到22:00前结束", D(2026, 11, 10), "已解决", "", "徐蕾"],
    [D(2026, 11, 13), "医院总务科", "吴中博爱医院 总务科", "吴中站", "住院楼3#病床梯等配件停梯",
     "已向菱达订主控制板，预计11月下旬到货", "", "处理中", "", "吴晓琳"],
    [D(2026, 11, 18), "业主来电", "澄江佳苑 业主", "无锡站（分包）", "维保后电梯有异响", "已转澄安服务部", "", "处理中", "", "李婧"],
]


def complaint_stats(upto: dt.date = AS_OF):
    rows = [c for c in COMPLAINTS if c[0] <= upto]
    solved = sum(1 for c in rows if c[7] == "已解决")
    done = sum(1 for c in rows if c[7] != "处理中")
    return dict(n=len(rows), solved=solved, done=done, open=len(rows) - done,
                rate=solved / done, unsolved=done - solved)


# --------------------------------------------------------------------------- #
# 培训及持证
# --------------------------------------------------------------------------- #

TRAIN_PLAN = [
    [1, "1月", "维保作业指导书（2026版）及安全作业规定宣贯", "全体维保工、站长", 4, 0, "已完成（1月10日、11日）"],
    [2, "1月、7月", "服务理念与典型案例讲评", "全体员工", 4, 3000, "1月已完成"],
    [3, "2月", "春节值班及困人救援演练", "春节值班人员", 3, 0, "已完成"],
    [4, "3月", "《特种设备安全法》《电梯维护保养规则》要点", "全体作业人员", 3, 0, "已完成"],
    [5, "按入职", "新员工岗前培训（10个工作日）", "新入职人员", 80, 12000, "已完成2期（3月、5月）"],
    [6, "4月", "菱达新一代控制系统培训", "技术员、维保工", 8, 6000, "已完成"],
    [7, "4月", "物业电梯安全管理员培训", "在保项目物业安全管理员", 4, 4000, "已完成"],
    [8, "5月", "服务礼仪与上门规范", "维保工、调度员", 3, 8000, "已完成"],
    [9, "6月", "自动扶梯梳齿板、梯级链检查专项", "扶梯维保组", 4, 0, "已完成"],
    [10, "8月", "高温季节机房及作业安全", "全体作业人员", 2, 0, ""],
    [11, "9月", "特种设备作业人员证复审考前辅导", "2026—2027年到期人员", 8, 15000, ""],
    [12, "10月", "接警话术及96333平台操作", "调度员", 3, 0, ""],
    [13, "11月", "年度维保技能比武", "维保工", 8, 30000, ""],
    [14, "全年", "师带徒结对", "学徒", "—", 24000, "进行中"],
]

TRAININGS = [
    [D(2026, 1, 10), "维保作业指导书（2026版）及安全作业规定宣贯", "马振宇", "园区站、吴中站维保工", 82, 4, "笔试", 86.5],
    [D(2026, 1, 11), "维保作业指导书（2026版）及安全作业规定宣贯", "马振宇", "无锡站维保工", 20, 4, "笔试", 83.2],
    [D(2026, 1, 17), "服务理念与2025年典型案例讲评", "钱文斌", "全体员工（三站视频连线）", 131, 2, "无", ""],
    [D(2026, 2, 6), "春节值班及困人救援演练", "陆建国", "春节值班人员", 36, 3, "实操", "全部合格"],
    [D(2026, 3, 9), "新员工岗前培训（第1期，3月9日—20日）", "马振宇、各站站长", "新入职人员", 6, 80, "笔试＋实操", 84.0],
    [D(2026, 3, 14), "《特种设备安全法》《电梯维护保养规则》要点", "周慧", "全体作业人员", 118, 3, "笔试", 88.1],
    [D(2026, 4, 11), "菱达新一代控制系统培训", "菱达苏州服务中心 工程师", "技术员、维保工", 34, 8, "实操", "全部合格"],
    [D(2026, 4, 22), "物业电梯安全管理员培训（困人时的配合、日常巡视、机房管理）", "马振宇", "在保项目物业安全管理员", 68, 4, "无", ""],
    [D(2026, 5, 16), "服务礼仪与上门规范", "外聘讲师 苏州启程企业管理咨询", "维保工、调度员", 96, 3, "无", ""],
    [D(2026, 5, 18), "新员工岗前培训（第2期，5月18日—29日）", "马振宇、各站站长", "新入职人员", 4, 80, "笔试＋实操", 82.5],
    [D(2026, 6, 13), "自动扶梯梳齿板、梯级链检查专项", "马振宇", "扶梯维保组", 22, 4, "实操", "全部合格"],
]

HIRES = [
    ("学徒维保工", "园区站", D(2026, 2, 23), D(2026, 3, 9)), ("学徒维保工", "园区站", D(2026, 2, 23), D(2026, 3, 9)),
    ("学徒维保工", "吴中站", D(2026, 3, 2), D(2026, 3, 9)), ("学徒维保工", "无锡站", D(2026, 3, 2), D(2026, 3, 9)),
    ("调度员", "调度中心", D(2026, 3, 2), D(2026, 3, 9)), ("安装工", "安装部", D(2026, 3, 5), D(2026, 3, 9)),
    ("学徒维保工", "吴中站", D(2026, 5, 11), D(2026, 5, 18)), ("学徒维保工", "无锡站", D(2026, 5, 11), D(2026, 5, 18)),
    ("调度员", "调度中心", D(2026, 5, 13), D(2026, 5, 18)), ("安装工", "安装部", D(2026, 5, 14), D(2026, 5, 18)),
    ("学徒维保工", "无锡站", D(2026, 8, 10), None), ("学徒维保工", "园区站", D(2026, 8, 24), None),
    ("学徒维保工", "无锡站", D(2026, 9, 7), None), ("学徒维保工", "吴中站", D(2026, 9, 21), None),
    ("学徒维保工", "园区站", D(2026, 10, 12), None),
]


class NameGen:
    def __init__(self, seed, taken=()):
        self.rng = random.Random(seed)
        self.used = set(taken)

    def __call__(self):
        while True:
            n = self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice([1, 2, 2])))
            if n not in self.used:
                self.used.add(n)
                return n


ALL_NAMED = set(sum(STATION_CREW.values(), [])) | set(DISPATCHERS) | set(STATION_HEADS.values()) | {
    "沈志刚", "钱文斌", "周慧", "陆建国", "吴晓琳", "蒋海峰", "徐杰", "陈刚", "朱婷", "杨雪", "孙丽华", "马振宇",
    "王敏", "刘振", "孔佳"}


def certificate_rows():
    rng = random.Random(6011)
    names = NameGen(6012, ALL_NAMED)
    groups = [("园区站", "站长", [STATION_HEADS["园区站"]]), ("园区站", "技术员", ["蒋伟"]),
              ("园区站", "维保工", STATION_CREW["园区站"] + [names() for _ in range(30)]),
              ("吴中站", "站长", [STATION_HEADS["吴中站"]]), ("吴中站", "技术员", ["施晓峰"]),
              ("吴中站", "维保工", STATION_CREW["吴中站"] + [names() for _ in range(34)]),
              ("无锡站", "站长", [STATION_HEADS["无锡站"]]),
              ("无锡站", "维保工", STATION_CREW["无锡站"] + [names() for _ in range(14)]),
              ("安装部", "安装工", [names() for _ in range(20)]),
              ("改造大修部", "改造工", [names() for _ in range(10)]),
              ("质量安全部", "质检员", ["王敏", "刘振"]), ("技术部", "技术主管", ["马振宇"])]
    rows = []
    for dept, post, people in groups:
        for nm in people:
            first = D(rng.randint(2010, 2025), rng.randint(1, 12), rng.randint(1, 28))
            k = 0
            while D(first.year + 4 * (k + 1), first.month, first.day) <= D(2026, 11, 1):
                k += 1
            last = D(first.year + 4 * k, first.month, first.day) if k else "—"
            valid = D(first.year + 4 * (k + 1), first.month, first.day)
            status = "有效"
            rows.append([len(rows) + 1, nm, dept, post, "电梯修理（T）", f"32{rng.randint(0, 99):02d}************{rng.randint(0, 9999):04d}",
                         first, last, valid, status])
    # the few that need attention (the 管理评审 and the 持证 sheet notes refer to them)
    for i, first, status in ((48, D(2022, 8, 14), "复审材料已报送，待发新证"),
                             (77, D(2022, 9, 2), "复审材料已报送，待发新证"),
                             (95, D(2022, 6, 30), "已过期未复审，调离单独作业岗位，跟班作业")):
        rows[i][6:10] = [first, "—", D(first.year + 4, first.month, first.day), status]
    return rows


def hire_rows():
    names = NameGen(7123, ALL_NAMED | {r[1] for r in certificate_rows()})
    rng = random.Random(7124)
    out = []
    for i, (post, dept, start, pre) in enumerate(HIRES):
        nm = names()
        if pre:
            score = rng.randint(78, 93)
            res = "合格"
        else:
            score, res = "", ""
        mentor = rng.choice(STATION_CREW[dept]) if dept in STATION_CREW else ("吴晓琳" if dept == "调度中心" else "蒋海峰")
        out.append([i + 1, nm, post, dept, start, pre or "", score, res, mentor if "学徒" in post else "—"])
    return out


# --------------------------------------------------------------------------- #
# XLSX files
# --------------------------------------------------------------------------- #

CALLS = {1: (2310, .988), 2: (2475, .983), 3: (2056, .992), 4: (2102, .993), 5: (2190, .991),
         6: (2388, .989), 7: (2540, .987), 8: (2466, .990), 9: (2205, .993), 10: (2150, .994),
         11: (1422, .995)}


def make_rescue_ledger(out: Path, rows, frows):
    wb = Workbook()
    ws = wb.active
    ws.title = "困人救援登记"
    xlsx_sheet(ws, RESCUE_HEADER, rows,
               widths=[6, 11, 16, 14, 20, 8, 9, 16, 7, 9, 7, 9, 16, 18, 16, 9, 9, 7, 26, 16, 30, 30, 16, 9,
                       11, 11, 24, 30],
               title="2026年困人救援调度台账（客户服务调度中心）", date_fmt="yyyy-mm-dd hh:mm")
    for r in range(3, len(rows) + 3):
        ws.cell(row=r, column=26).number_format = "yyyy-mm-dd"
    ws2 = wb.create_sheet("月度统计")
    summ = []
    for m in range(1, 12):
        mr = [r for r in rows if r[2].month == m]
        late = sum(1 for r in mr if r[17] == "是")
        fr = [f for f in frows if f[0] == m]
        faults = sum(f[3] for f in fr) if fr else "—"
        units = sum(UNITS[s][m - 1] for s in STATIONS)
        calls, rate = CALLS[m]
        summ.append([f"2026年{m}月", len(mr), sum(r[10] for r in mr), late, f"{1 - late / len(mr):.1%}",
                     round(sum(r[15] for r in mr) / len(mr), 1), sum(1 for r in mr if r[25]), calls,
                     f"{rate:.1%}", faults, units,
                     round(faults / units * 100, 2) if fr else "—"])
    xlsx_sheet(ws2, ["月份", "困人次数", "被困人数", "到场超时", "到场及时率", "平均到场用时(分钟)", "已回访",
                     "来电总量(通)", "来电接通率", "故障报修(次)", "在保台数", "故障停梯率(次/百台月)"], summ,
               widths=[12, 9, 9, 9, 10, 12, 8, 11, 10, 11, 9, 14],
               title="2026年调度月度统计（11月截至20日；故障报修取自调度系统，11月未结账）")
    save_xlsx(wb, out / "2026年困人救援调度台账.xlsx", creator="吴晓琳", last_by="陈雯",
              created=d(2026, 1, 2, 8, 30), modified=d(2026, 11, 20, 22, 10),
              title="2026年困人救援调度台账")


def make_quality_ledger(out: Path, mrows, irows, qrows, crows, prows):
    wb = Workbook()
    ws = wb.active
    ws.title = "维保执行月报"
    xlsx_sheet(ws, ["月份", "维保站", "在保台数", "应做维保(次)", "按期完成(次)", "按期完成率", "逾期补做(次)",
                    "未做(次)", "记录单物业签字(份)", "签字率", "备注"], mrows,
               widths=[12, 8, 9, 11, 11, 10, 10, 8, 14, 8, 36],
               title="2026年维保计划执行情况（按站、按月；应做次数=在保台数×2）")
    ws2 = wb.create_sheet("定期检验")
    xlsx_sheet(ws2, ["月份", "维保站", "检验机构", "受检台数", "一次合格", "复检合格", "待整改", "主要不合格项",
                     "一次合格率"], irows, widths=[12, 8, 30, 9, 9, 9, 8, 50, 10],
               title="2026年定期检验结果汇总")
    ws3 = wb.create_sheet("整改通知")
    xlsx_sheet(ws3, ["下达日期", "下达单位", "项目", "维保站", "文书", "问题", "要求完成日期", "实际完成日期",
                     "整改措施", "状态"], RECTIFY, widths=[11, 26, 22, 8, 22, 40, 12, 12, 34, 8],
               title="2026年监管部门及检验机构整改通知登记")
    ws4 = wb.create_sheet("质量抽检")
    xlsx_sheet(ws4, ["抽检日期", "维保站", "项目", "梯号", "抽检类别", "得分", "发现问题", "处理", "复查日期",
                     "抽检人"], qrows, widths=[11, 8, 22, 8, 10, 6, 44, 28, 11, 8],
               title="2026年质量安全部维保质量现场抽检记录")
    ws5 = wb.create_sheet("专项检查")
    xlsx_sheet(ws5, ["专项", "检查日期", "维保站", "项目", "台数", "检查结果", "书面告知物业", "检查人"], crows,
               widths=[26, 11, 8, 22, 6, 40, 12, 14], title="2026年季节性专项检查记录")
    ws6 = wb.create_sheet("配件更换")
    xlsx_sheet(ws6, PARTS_HEADER, prows,
               widths=[6, 11, 22, 22, 8, 8, 7, 18, 13, 5, 7, 12, 10, 11, 8, 10, 22, 11, 10],
               title="2026年配件更换台账（单价100元及以上；配件仓库）")
    save_xlsx(wb, out / "2026年维保执行及质量管理台账.xlsx", creator="周慧", last_by="王敏",
              created=d(2026, 1, 5, 9, 0), modified=d(2026, 11, 20, 17, 40),
              title="2026年维保执行及质量管理台账")


def make_complaint_ledger(out: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉登记"
    rows = [[i + 1] + c for i, c in enumerate(COMPLAINTS)]
    xlsx_sheet(ws, ["序号", "受理日期", "来源", "投诉人", "责任单位", "投诉内容", "处理情况", "答复日期", "结果",
                    "回访", "登记人"], rows, widths=[6, 11, 13, 24, 12, 40, 44, 11, 16, 9, 8],
               title="2026年客户投诉登记表")
    save_xlsx(wb, out / "2026年客户投诉登记台账.xlsx", creator="吴晓琳", last_by="李婧",
              created=d(2026, 1, 9, 10, 20), modified=d(2026, 11, 18, 16, 5),
              title="2026年客户投诉登记台账")


def make_training_ledger(out: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "年度培训计划"
    xlsx_sheet(ws, ["序号", "计划时间", "培训内容", "对象", "学时", "预算(元)", "执行情况"], TRAIN_PLAN,
               widths=[6, 10, 40, 24, 6, 10, 24], title="2026年度培训计划（2025年12月18日经总经理批准）")
    ws2 = wb.create_sheet("培训签到汇总")
    xlsx_sheet(ws2, ["日期", "培训内容", "讲师", "对象", "参训人数", "学时", "考核方式", "平均分/结果", "记录人"],
               [t + ["孔佳"] for t in TRAININGS], widths=[11, 44, 26, 26, 9, 6, 11, 11, 8],
               title="2026年培训签到及考核汇总")
    ws3 = wb.create_sheet("持证人员")
    xlsx_sheet(ws3, ["序号", "姓名", "部门", "岗位", "作业项目", "证件号", "初次取证", "最近复审", "有效期至", "状态"],
               certificate_rows(), widths=[6, 8, 10, 8, 13, 22, 11, 11, 11, 34],
               title="特种设备作业人员持证登记（截至2026年11月1日）")
    ws4 = wb.create_sheet("2026年入职人员")
    xlsx_sheet(ws4, ["序号", "姓名", "岗位", "部门", "入职日期", "岗前培训开始", "岗前考核成绩", "结论", "带教师傅"],
               hire_rows(), widths=[6, 8, 11, 9, 11, 13, 12, 8, 9], title="2026年新入职人员及岗前培训")
    ws5 = wb.create_sheet("师带徒")
    hr = hire_rows()
    names = NameGen(7200, ALL_NAMED | {h[1] for h in hr} | {r[1] for r in certificate_rows()})
    pairs = [[1, names(), "吴中站", "沈国荣", D(2025, 7, 7), D(2026, 1, 7), "合格（2026-01-09）"],
             [2, names(), "园区站", "许振华", D(2025, 7, 7), D(2026, 1, 7), "合格（2026-01-09）"],
             [3, names(), "无锡站", "秦海东", D(2025, 8, 4), D(2026, 2, 4), "合格（2026-02-06）"]]
    for h in hr:
        if "学徒" in h[2]:
            start = h[4] + dt.timedelta(days=7)
            mm = start.month + 6
            plan = D(start.year + (mm - 1) // 12, (mm - 1) % 12 + 1, min(start.day, 28))
            pairs.append([len(pairs) + 1, h[1], h[3], h[8], start, plan, ""])
    xlsx_sheet(ws5, ["序号", "学徒", "维保站", "师傅", "结对日期", "计划出师", "出师考核"], pairs,
               widths=[6, 8, 8, 8, 11, 11, 18], title="师带徒结对登记")
    save_xlsx(wb, out / "2026年培训及持证人员台账.xlsx", creator="孔佳", last_by="杨雪",
              created=d(2025, 12, 18, 15, 0), modified=d(2026, 11, 2, 10, 15),
              title="2026年培训及持证人员台账")


# --------------------------------------------------------------------------- #
# 1. 电梯维保服务管理手册 (DOCX)
# --------------------------------------------------------------------------- #

def make_manual(out: Path):
    meta = dict(doc_no="SA-FW-001", version="V3.0", effective="2024年9月1日",
                drafted="陆建国 2024.08.06", reviewed="周慧 2024.08.16", approved="沈志刚 2024.08.23",
                distribution="发放编号：FW-001-11　　持有部门：维保部")
    b = DocxBuilder("电梯维保服务管理手册", meta)
    b.cover()
    b.p("修改记录", indent=False, bold=True)
    b.table(["版本", "日期", "修改内容", "修改人"], [
        ["V1.0", "2016.03.01", "首次发布（原名《维保部管理制度汇编》）", "陆建国"],
        ["V2.0", "2019.06.01", "设立无锡站；增加调度中心24小时值班要求", "陆建国"],
        ["V2.1", "2022.03.01", "按TSG T5002-2017修订维保项目；增加加装电梯项目的维保要求", "马振宇"],
        ["V3.0", "2024.09.01", "客服部更名为客户服务调度中心，接入96333平台；调整到场时限、服务目标和台量标准；增加医院驻点、重点客户、环保要求", "陆建国"],
    ], widths=[1.6, 2.2, 10.0, 1.8])

    b.doc.add_heading("发布令", level=1)
    b.p("电梯一天要拉几千人次，关在轿厢里的人等不起，出了事故谁也担不起。升安能在苏州、无锡做了十五年，靠的是“修得好、到得快、说到做到”。"
        "公司《2025—2027年发展规划》把“以维保立身”定为经营方针，三年内在保电梯达到3,000台、维保收入占公司收入60%以上，"
        "同时明确安全事故为零、服务质量逐年提高是不能突破的底线，维保服务指标纳入公司经营班子年度考核。")
    b.p("本手册经总经理办公会审议通过，现予发布，维保部、客户服务调度中心、安装部、改造大修部、配件仓库及各职能部门必须执行。")
    b.p("总经理：沈志刚　　2024年8月23日", align="right", indent=False)
    b.page_break()

    b.ch("总则")
    b.art("为规范公司电梯维护保养、应急救援、修理和相关客户服务工作，保证在保电梯安全运行，依据《中华人民共和国特种设备安全法》"
          "《特种设备安全监察条例》《电梯维护保养规则》（TSG T5002）和江苏省、苏州市、无锡市的有关规定，结合公司实际制定本手册。")
    b.art("本手册适用于公司在苏州、无锡承接的乘客电梯、病床电梯、载货电梯、杂物电梯、自动扶梯和自动人行道的维护保养、应急救援、修理及相关服务；"
          "新梯安装和改造、大修工程的施工管理另按安装部、改造大修部的作业文件执行，本手册只规定与客户服务有关的要求。")
    b.art("公司的服务理念是“一梯一责，安全到站”。“一梯一责”是指每一台在保电梯都落实到具体的维保组和责任人，出了问题找得到人；"
          "“安全到站”是指维保的全部工作都围绕让乘客安全到达要去的楼层，困人必须最快到场，隐患必须当场处理或书面告知。")
    b.art("服务理念通过以下方式传达到员工、分包单位和客户：")
    b.sub("（一）新员工入职培训第一课讲服务理念和公司历年典型事件；每半年组织一次服务理念与案例讲评；")
    b.sub("（二）各维保站每周一早会由站长讲评上周的困人救援、投诉和抽检情况；")
    b.sub("（三）工作服背面印“一梯一责 安全到站”和24小时救援热线；")
    b.sub("（四）维保合同首页、微信服务号“服务承诺”页面载明服务理念；")
    b.sub("（五）分包单位进场前的安全技术交底中说明公司的服务理念和服务要求。")
    b.art("服务策略：")
    b.sub("（一）预防为主。按梯龄、使用强度和场所分类制定维保计划，使用10年以上的电梯加密门系统检查，使用15年以上的电梯每年出具状况评估建议；")
    b.sub("（二）就近派工。以维保站为中心划片，每片设维保组，困人和故障由片区内最近的人员出发，片区人员不足时由调度中心跨片调派；")
    b.sub("（三）分类服务。医院病床梯实行驻点维保，商场扶梯在营业时间以外作业，住宅电梯按标准维保并在维保前张贴告示；")
    b.sub("（四）控制成本。常用配件按用量分类，A类配件在维保站备两周用量，B、C类由配件仓库集中储备；维保工人均负责电梯不超过25台，"
          "既保证保养质量，又不因人员浪费推高维保价格。")

    b.ch("组织与职责")
    b.art("总经理是公司服务质量和电梯安全的第一责任人。副总经理钱文斌分管维保部、客户服务调度中心和配件仓库，每月主持维保生产例会；"
          "总经理每季度主持一次服务质量分析会，听取到场时效、故障、投诉和抽检情况，协调人员、车辆和资金。")
    b.art("公司机构及定编如下：")
    b.table(["机构", "主要职责", "定编（人）"], [
        ["客户服务调度中心", "24小时接警、报修受理、派单和跟踪，96333平台工单处理，回访，投诉登记", "9（主任1、调度员8）"],
        ["维保部（部门经理）", "维保计划、维保质量、三个维保站的管理和考核", "1"],
        ["园区站", "工业园区、相城区、昆山市在保电梯的维保、救援和修理", "42（站长1、技术员1、维保工40）"],
        ["吴中站", "吴中区、姑苏区、高新区、吴江区在保电梯的维保、救援和修理", "46（站长1、技术员1、维保工44）"],
        ["无锡站", "无锡市区在保电梯的维保、救援和修理；江阴项目分包单位的管理", "25（站长1、技术员1、维保工23）"],
        ["安装部", "新梯安装施工、自检、报检和移交", "24"],
        ["改造大修部", "电梯改造、大修及加装电梯工程", "12"],
        ["技术部", "技术支持、疑难故障分析、作业指导书、厂家技术联络", "3"],
        ["质量安全部", "维保质量监督抽检、安全管理、内审、定期检验协调", "4（经理1、质检员2、安全员1）"],
        ["配件仓库", "配件采购执行、入库验收、储存、出库和配送", "5"],
        ["市场商务部", "维保合同、报价、重点客户管理", "6"],
        ["综合办公室", "人事、培训、车辆、信息系统和对外宣传", "5"],
        ["财务部", "费用预算、结算和收款", "3"],
    ], widths=[3.4, 9.6, 3.6])
    b.art("相关部门职责：")
    b.sub("（一）质量安全部：对维保质量和作业安全进行监督检查，组织内部审核，跟踪监管部门和检验机构整改通知的落实；")
    b.sub("（二）技术部：编制和修订维保作业指导书，分析重复故障，负责与电梯制造单位的技术联络；")
    b.sub("（三）市场商务部：维保合同的签订和变更，配件报价的审核，重点客户的日常联系；")
    b.sub("（四）配件仓库：按《供方及分包单位管理办法》（SA-CG-002）采购和验收配件，保证常用配件库存；")
    b.sub("（五）综合办公室：人员招聘、培训组织和培训记录、特种设备作业人员证的复审管理，微信服务号和公司网站的维护。")

    b.ch("人员、培训与激励")
    b.art("主要岗位任职要求：")
    b.table(["岗位", "任职要求"], [
        ["维保站站长", "持特种设备作业人员证（电梯修理），从事电梯维保8年以上，有班组管理经验"],
        ["技术员", "机电类大专以上，持电梯修理作业人员证，熟悉本站主要品牌的控制系统"],
        ["维保工", "持有效的特种设备作业人员证（电梯修理）并经公司岗前培训考核合格；学徒只能跟班作业"],
        ["调度员", "大专以上，普通话标准，熟悉苏州、无锡道路和在保项目分布，岗前培训考核合格"],
        ["质检员", "持电梯修理作业人员证，从事电梯维保5年以上"],
        ["仓管员", "熟悉电梯配件型号，会使用进销存表格"],
    ], widths=[3.0, 12.6])
    b.art("从事电梯维保、修理和救援的人员必须持有效的特种设备作业人员证上岗。综合办公室建立持证登记，证书到期前3个月通知本人和站长办理复审；"
          "证书过期未复审的，一律不得单独作业。")
    b.art("培训：综合办公室会同维保部每年12月制定下一年度培训计划，培训费用按人均不少于1,000元列入预算。培训分为：")
    b.sub("（一）岗前培训：新员工不少于10个工作日，内容包括公司服务理念、安全作业规定、维保作业指导书、困人救援操作和上门规范，"
          "笔试和实操考核合格后，学徒进入师带徒阶段，其他岗位方可上岗；")
    b.sub("（二）在岗培训：每月至少一次技术或安全培训；新品牌、新梯型进场前必须培训；每半年一次服务理念与案例讲评；法规和标准变化时及时组织；")
    b.sub("（三）客户培训：每年为在保项目的物业电梯安全管理员组织一次培训，讲解困人时的配合、日常巡视和机房管理。")
    b.sub("培训签到表、试卷和成绩由综合办公室培训专员保存，每季度汇总。")
    b.art("人员培养：实行师带徒，学徒与师傅结对6个月，出师考核合格后方可单独维保；技能等级按初级工、中级工、高级工、技师晋升，"
          "每晋一级月工资增加300—800元；与苏州工业技师学院合作开设电梯维保订单班，每年接收实习生8—10人，实习合格的优先录用；"
          "各站每年确定1—2名站长后备人员。")
    b.art("激励：维保工月收入由基本工资、台量工资和质量绩效三部分组成，质量绩效占30%，与所负责电梯的故障停梯率、困人到场及时率、"
          "维保记录单签字率和物业评价挂钩；每年评选“金扳手”维保工3名，每人奖励3,000元，并优先晋升技能等级。")

    b.ch("资源保障")
    b.art("财务部每年11月按上年度维保收入的8%编制下一年度售后服务费用预算，报总经理审批，内容包括培训、工具仪器、车辆、配件周转库存、"
          "调度系统和通信、应急救援等。应急专项经费按《电梯困人救援及应急处置程序》（SA-FW-004）单独列支。")
    b.art("服务场所：公司总部（吴中区）设客户服务调度中心值班大厅，配4个坐席、大屏和录音电话系统，并设培训室1间；三个维保站分别设值班室、工具间、"
          "配件柜和休息室，园区站约260平方米、吴中站约300平方米、无锡站约150平方米。场所由站长每周检查，保持整洁。")
    b.art("工具和仪器：每名维保工配标准工具包（万用表、钳形电流表、塞尺、扭力扳手、盘车手轮、层门三角钥匙等，三角钥匙领用登记）；"
          "每个维保站配电梯加速度测试仪、限速器测试仪、钢丝绳张力测试仪和兆欧表；计量器具每年送检，质量安全部每季度检查工具包完好情况。")
    b.art("车辆：公司配维保工程车14辆（园区站5辆、吴中站5辆、无锡站3辆、配件仓库配送车1辆）、电动车46辆；各站每晚安排1辆救援值班车，车内备救援工具包。")
    b.art("配件仓库：仓库设在吴中区越溪，面积约480平方米，储备各品牌常用配件约1,600个品种。A类配件（门系统易损件、光幕、按钮、应急电源蓄电池等）"
          "在维保站配件柜备足两周用量；B、C类配件由仓库集中储备，按月盘点。仓库每个工作日上午向园区站、吴中站配送一次，无锡站每周二、周五配送；"
          "困人或病床梯停梯急需的配件派专车送达。")
    b.art("服务网点：三个维保站的服务范围见第七条。江阴市的在保项目委托江阴澄安电梯服务部分包维保，由无锡站管理。"
          "苏州、无锡以外的地区公司不承接维保业务。")

    b.ch("服务承诺与时效")
    b.art("公司对客户的服务承诺：")
    b.table(["项目", "承诺内容"], [
        ["救援热线", f"苏州{HOTLINE}、无锡{HOTLINE_WX}，24小时有人值守；同时接收96333平台转派工单"],
        ["困人救援", "接警后3分钟内派单；苏州、无锡市区30分钟内到达现场，昆山、江阴等县级市60分钟内到达；驻点医院7:00—22:00为15分钟"],
        ["故障报修", "接到报修后2小时内到达现场；一般故障24小时内修复，需订购配件的向客户书面说明预计修复时间"],
        ["配件供应", "库存配件当日出库；非库存配件7个工作日内到货（进口配件除外）"],
        ["维护保养", "每15日至少一次，按半月、季度、半年、年度项目进行，保养后由物业签字确认"],
        ["定期检验", "检验到期前30日书面提醒客户申报，检验时派人配合"],
        ["投诉", f"投诉电话{COMPLAINT_TEL}，3个工作日内答复"],
    ], widths=[2.8, 12.8])
    b.art("修复与停梯告知：故障电梯不能当天修复的，维保人员在轿厢和首层厅门张贴停梯告示，写明原因和预计恢复时间；"
          "停梯超过48小时的，站长向物业书面说明进展。")

    b.ch("维护保养作业")
    b.art("维保项目和周期按《电梯维护保养规则》执行，分为半月、季度、半年和年度维保。公司在此基础上增加了12项内控项目（如使用10年以上电梯每月的门系统专项检查、"
          "老旧电梯每季度的制动器检查、扶梯每次维保的梳齿板检查），列入《维保作业指导书》，作为公司内部要求执行。")
    b.art("维保计划：站长每月25日前编制下月维保计划，按项目告知物业；维保日期调整的，提前一天通知物业。")
    b.art("维保记录：每次维保逐项填写维保记录单（一式两份，一份交物业），由物业电梯安全管理员现场签字确认；"
          "物业当时无人签字的，维保工在3日内补签。严禁未维保先填单、代签。")
    b.art("安全作业规定：")
    b.sub("（一）维保、修理和救援至少两人作业，一人操作、一人监护；")
    b.sub("（二）作业前在基站和作业层设置护栏和“维修保养中　暂停使用”告示牌；")
    b.sub("（三）进入轿顶、底坑前先断开急停开关，在控制柜主电源处上锁挂牌；")
    b.sub("（四）严禁短接门锁回路运行电梯；盘车、松闸必须两人配合；")
    b.sub("（五）登高、动火、吊装作业按公司安全管理规定办理审批。")
    b.art("上门规范：维保人员穿公司工作服、佩戴工牌，进入小区先到物业登记；不在轿厢、机房及小区公共区域吸烟；与业主说话文明、耐心，"
          "不与业主争执；作业完毕清理现场垃圾和油污；不私下向业主或物业收取任何费用。")
    b.art("定期检验：维保站在电梯检验到期前30日向物业发出书面提醒，检验时派人配合；检验机构出具的不合格项按意见通知书的期限整改，整改结果由站长确认后报质量安全部。")

    b.ch("安装、改造与修理")
    b.art("公司作为菱达、博迅等品牌的授权安装单位承接新梯安装，安装费在设备供货合同或单独的安装合同中计价。安装部编制施工方案，完工后自检，"
          "报检验机构监督检验，合格后与使用单位办理移交。")
    b.art("移交时安装部向物业交付使用维护说明书、监督检验报告等资料，并对物业电梯安全管理员进行现场培训，内容包括困人时的配合方法、日常巡视和机房管理。")
    b.art("质保：新装电梯自监督检验合格之日起24个月内（合同另有约定的从约定），非人为原因的故障免费修理、免费更换零部件；改造、大修部分质保12个月。")
    b.art("修理收费：维保合同分全包、半包、清包三种方式。需要收费的配件和修理项目，按维保合同附件的价格表报价，经物业书面确认后更换；"
          "困人、安全隐患等紧急情况可先更换，次日补办确认手续。不得收取价格表以外的费用。")
    b.art("延误处理：因公司原因超过约定时间未修复的，按维保合同的约定扣减维保费；医院病床电梯停梯超过24小时的，维保站派人协助医院安排病人转运。")

    b.ch("客户服务")
    b.art("客户服务调度中心岗位设置：")
    b.table(["岗位", "人数", "职责"], [
        ["调度中心主任", "1", "排班、重大事件调度、调度数据统计和回访抽查"],
        ["白班调度员（7:30—19:30）", "每班3人", "接警、报修受理、派单、跟踪到场和修复，96333工单回复，投诉登记"],
        ["夜班调度员（19:30—次日7:30）", "每班2人", "夜间接警派单，通知值班站长"],
    ], widths=[5.0, 2.2, 8.4])
    b.art("调度中心要求：来电全部录音，接通率不低于98%；调度员熟悉各项目的位置、梯型、所属维保组和救援流程，上岗前经培训考核；"
          "调度系统为每台在保电梯建立电子档案（注册代码、品牌型号、安装日期、检验日期、维保和故障记录、配件更换记录），实行一梯一档。")
    b.art("回访：困人救援处置后的下一个工作日，调度员电话回访物业，记入调度台账；故障修理每月抽取10%电话回访。")
    b.art("项目走访：每个在保项目指定一名项目负责人（一般为维保组长），每季度至少走访物业一次，了解物业意见和电梯使用情况，填写《项目走访记录》交站长。")
    b.art("满意度调查：每年第三季度由质量安全部向在保项目的物业发放问卷，汇总分析后报总经理。")
    b.art("季节性检查和评估建议：维保站在春节前、梅雨季、高温季节和国庆前开展专项检查，发现属于物业责任的隐患（底坑进水、机房高温等）书面告知物业；"
          "对使用15年以上的电梯，每年向物业出具《电梯状况评估建议书》。")
    b.art("重点客户：医院、大型商场以及在保电梯30台以上的物业公司为重点客户，由市场商务部专职客户经理朱婷对接。"
          "园区仁和医院、吴中博爱医院实行驻点维保（每院2人，7:00—22:00在院）；商场扶梯每天营业前巡检一次；重点客户的困人和停梯由调度中心优先派单。")
    b.art("客户信息：在保项目的联系人、业主来电信息、监控录像和门禁资料只用于维保和救援，员工入职签署保密承诺，不得外传。")

    b.ch("监督、考核与改进")
    b.art("质量安全部负责维保质量监督：质检员每月对每个维保站现场抽查不少于3个项目，检查维保质量、维保记录和安全作业，抽听调度录音；"
          "发现问题开具《整改通知单》，限期整改并复查。")
    b.art("抽查不合格的，扣减责任人当月质量绩效；维保站和个人的服务质量考核办法另行制定。")
    b.art("公司按ISO 9001质量管理体系每年进行一次内部审核，总经理每年主持一次管理评审。")
    b.art("信息反馈：调度中心每月5日前编制《故障统计月报》（按站、品牌、部件统计），报分管副总、维保部、技术部、质量安全部和配件仓库；"
          "同一品牌同一部件出现批量故障的，技术部书面反馈电梯制造单位；同一台电梯30日内故障3次及以上的，由站点技术员现场分析并提出处理意见。")
    b.art("服务目标：")
    b.table(["指标", "目标值", "统计口径"], [
        ["困人到场及时率", "≥98%", "时限内到场次数/困人次数，调度台账"],
        ["维保按期完成率", "≥99.5%", "按期完成次数/应做次数"],
        ["维保记录单物业签字率", "≥98%", "有物业签字的记录单/实做次数"],
        ["定期检验一次合格率", "≥98%", "一次检验合格台数/受检台数"],
        ["故障停梯率", "≤4.0次/百台月", "故障报修次数/在保台数×100"],
        ["调度来电接通率", "≥98%", "电话系统报表"],
        ["物业满意度", "≥90分", "年度问卷"],
        ["投诉答复及时率", "≥95%", "3个工作日内答复数/投诉数"],
    ], widths=[4.4, 3.6, 7.6])
    b.sub("服务目标每年在管理评审中评审，根据完成情况调整下一年度目标，由维保部分解到各站。")

    b.ch("环保要求")
    b.art("维保和修理中更换下来的废齿轮油、液压油和含油棉纱、废蓄电池按危险废物管理，由维保站收集后送配件仓库危废间暂存，"
          "交有资质的单位处置，办理转移联单。")
    b.art("住宅项目的改造、大修施工时间为8:00—12:00、13:30—18:00，不得在午间和夜间进行噪声作业；商场扶梯大修设全封闭围挡并洒水降尘。")
    b.art("拆除的旧电梯和更换下来的旧部件，合同约定归使用单位的，交使用单位签收；其余由配件仓库统一回收，交再生资源回收单位并登记。")

    b.ch("附则")
    b.art("本手册由维保部负责解释，每两年至少评审一次。本手册自2024年9月1日起施行，V2.1版同时废止。")

    b.save(out / "电梯维保服务管理手册_SA-FW-001_V3.0.docx", author="陆建国", last_by="陆建国",
           created=d(2024, 8, 6, 9, 10), modified=d(2024, 8, 23, 16, 30), revision=11,
           subject="维保服务管理", keywords="维保;手册")


# --------------------------------------------------------------------------- #
# 2. 电梯困人救援及应急处置程序 (DOCX)
# --------------------------------------------------------------------------- #

def make_rescue_procedure(out: Path):
    meta = dict(doc_no="SA-FW-004", version="V2.1", effective="2025年5月1日",
                drafted="吴晓琳 2025.04.02", reviewed="周慧 2025.04.15", approved="钱文斌 2025.04.22",
                distribution="发放范围：客户服务调度中心、维保部及各站、质量安全部、综合办公室")
    b = DocxBuilder("电梯困人救援及应急处置程序", meta)
    b.cover()
    b.p("修改记录", indent=False, bold=True)
    b.table(["版本", "日期", "修改内容"], [
        ["V1.0", "2019.06.01", "首次发布"],
        ["V2.0", "2024.09.01", "接入96333平台；调整到场时限；增加驻点医院要求"],
        ["V2.1", "2025.05.01", "增加困人回访要求；重大事件分级和舆情处置；应急专项经费调整为每年30万元；演练要求"],
    ], widths=[1.8, 2.4, 11.4])

    b.ch("总则")
    b.art("为在电梯困人和电梯突发事件发生时快速到场、安全解救被困人员，控制事态并减少影响，制定本程序。")
    b.art("本程序适用于公司在保电梯的困人救援，以及涉及在保电梯的人身伤害、设备损坏、水浸、火灾和网络舆情等突发事件。")

    b.ch("职责")
    b.art("客户服务调度中心（以下简称调度中心）24小时值守，负责接警、派单、跟踪、升级报告和记录。")
    b.art("各维保站每晚和节假日安排值班组（每组2人）及值班站长，值班人员手机24小时开机，值班车停放在站内。")
    b.art("成立应急领导小组：组长沈志刚（总经理），副组长钱文斌（副总经理），成员为周慧、陆建国、吴晓琳和三个维保站站长。"
          "领导小组办公室设在质量安全部，负责重大事件的信息汇总、评估和协调；对外口径由综合办公室统一。")

    b.ch("接警与派单")
    b.art(f"接警渠道：苏州救援热线{HOTLINE}、无锡救援热线{HOTLINE_WX}、96333平台转派、物业值班电话、驻点人员报告。")
    b.art("调度员接警时问清并记录：项目名称、楼栋和梯号、被困人数、有无老人、儿童、孕妇或身体不适的人员；通过物业或轿厢对讲安抚被困人员，"
          "告诉他们救援人员已出发、不要扒门。")
    b.art("调度员在接警后3分钟内向最近的维保组（至少2人）派单，同时通知该站站长。派单后调度员跟踪出发情况，预计不能按时到场的，"
          "立即调派邻近维保组或驻点人员，并向报警人说明预计到达时间。")
    b.art("到场时限：")
    b.table(["区域", "到场时限", "说明"], [
        ["苏州市区（工业园区、吴中、姑苏、高新区、相城、吴江）", "30分钟", "从接警时起算"],
        ["无锡市区（新吴、梁溪、滨湖、锡山、惠山）", "30分钟", "从接警时起算"],
        ["昆山市、江阴市", "60分钟", "江阴项目由分包单位出发，调度中心跟踪"],
        ["驻点医院（7:00—22:00）", "15分钟", "驻点人员先行处置，22:00后按市区时限"],
    ], widths=[7.4, 2.4, 6.2])

    b.ch("救援作业")
    b.art("救援人员到场后按以下步骤操作：")
    b.sub("（一）到达后向物业说明身份，确认轿厢位置，通过对讲与被困人员联系，告知正在救援；")
    b.sub("（二）在机房（或控制柜）断开主电源，上锁挂牌；")
    b.sub("（三）轿厢在开锁区内的，用层门三角钥匙打开层门和轿门放人；不在开锁区内的，两人配合松闸盘车（无机房电梯用紧急电动运行或松闸装置）将轿厢移至平层后放人；")
    b.sub("（四）放人后查看被困人员身体状况，有不适的协助物业联系120；")
    b.sub("（五）查找故障原因，能当场排除的排除后试运行；不能排除的停梯挂牌，报告站长安排修理。")
    b.art("严禁单人救援；严禁在未断电的情况下打开层门；严禁让被困人员自行从轿厢爬出。")
    b.art("救援完成后，救援人员填写《困人救援记录单》，由物业签字确认；调度中心在《困人救援调度台账》中登记接报、派单、到场、放人和恢复运行时间、故障原因及处置结果。")
    b.art("回访：困人事件处置后的下一个工作日（节假日顺延），调度员电话回访物业，了解对救援的意见，记入调度台账。")

    b.ch("重大事件")
    b.art("重大事件分级：")
    b.table(["级别", "情形", "响应"], [
        ["Ⅰ级", "在保电梯发生人员死亡或重伤；发生电梯事故需要报告监管部门", "领导小组全体，组长赶赴现场"],
        ["Ⅱ级", "被困超过60分钟；被困人员中有病人、孕妇或人员受伤；媒体或网络关注", "副组长牵头，站长到场"],
        ["Ⅲ级", "同一台电梯一个月内困人3次以上；大面积停电或水浸造成多台电梯停运", "维保部经理牵头"],
    ], widths=[1.6, 9.0, 5.0])
    b.art("报告：Ⅰ级事件由领导小组办公室在1小时内报告所在地市场监督管理部门，并保护现场；Ⅱ级事件由调度中心在30分钟内报告副组长；"
          "事件结束后10个工作日内，领导小组办公室形成书面总结，提出整改措施并跟踪落实。")
    b.art("舆情处置：出现网络视频或媒体报道的，综合办公室当天形成说明口径，经组长批准后统一对外；客户经理负责与物业或业主单位沟通；"
          "任何员工不得在网上与当事人争辩。")

    b.ch("保障")
    b.art("应急专项经费：公司每年在预算中单列应急专项经费30万元，用于重大事件的处置、人员救治和补偿、应急物资和演练，"
          "经组长或副组长批准即可动用，事后补办手续。")
    b.art("应急物资：每个维保站配备救援工具包（三角钥匙、盘车手轮、松闸扳手、应急照明、对讲机、急救包）不少于3套；调度中心备用发电设备和移动电话各1套。")
    b.art("演练：每个维保站每半年至少组织一次困人救援演练，优先与重点客户和老旧小区的物业联合进行；演练方案、签到、照片和评估记录由质量安全部保存。")

    b.ch("附则")
    b.art("本程序由客户服务调度中心负责解释，自2025年5月1日起施行，V2.0版同时废止。")
    b.p("附：应急联系表", indent=False, bold=True)
    b.table(["职务", "姓名", "电话"], [
        ["组长（总经理）", "沈志刚", "139****0616"],
        ["副组长（副总经理）", "钱文斌", "138****2290"],
        ["办公室（质量安全部经理）", "周慧", "137****5813"],
        ["维保部经理", "陆建国", "135****7702"],
        ["调度中心主任", "吴晓琳", "136****4408"],
        ["园区站站长", "张立伟", "139****3321"],
        ["吴中站站长", "顾明", "138****6619"],
        ["无锡站站长", "华永强", "139****8257"],
    ], widths=[5.6, 3.0, 7.0])

    b.save(out / "电梯困人救援及应急处置程序_SA-FW-004_V2.1.docx", author="吴晓琳", last_by="周慧",
           created=d(2025, 4, 2, 10, 0), modified=d(2025, 4, 22, 15, 45), revision=7,
           subject="应急救援", keywords="困人;救援;应急")


# --------------------------------------------------------------------------- #
# 3. 客户投诉处理程序 (DOCX, 2022, not revised since)
# --------------------------------------------------------------------------- #

def make_complaint_procedure(out: Path):
    meta = dict(doc_no="SA-FW-007", version="V1.0", effective="2022年3月1日",
                drafted="吴晓琳 2022.02.10", reviewed="陆建国 2022.02.18", approved="钱文斌 2022.02.24",
                distribution="发放范围：客服部、维保部及各站、安装部、改造大修部、市场商务部")
    b = DocxBuilder("客户投诉处理程序", meta)
    b.cover()

    b.ch("总则")
    b.art("为及时处理客户对电梯维保、修理、安装和改造服务的投诉，查找问题并改进，制定本程序。")
    b.art("本程序所称投诉，是指物业、使用单位、业主和乘客对公司服务质量、服务态度、到场时效、收费和施工扰民等提出的不满。单纯的故障报修不属于投诉。")

    b.ch("职责")
    b.art("客服部负责投诉的受理、登记、转办、督办、答复和回访；各维保站和相关部门负责调查处理；客服部经理负责督办超期投诉；质量安全部每季度对投诉进行统计分析。")

    b.ch("受理")
    b.art(f"投诉渠道：投诉电话{COMPLAINT_TEL}、救援热线转接、投诉邮箱{MAIL}、来访、物业或使用单位书面函件。")
    b.art("受理人员在《客户投诉登记表》中登记受理日期、投诉人、项目、投诉内容，当天转责任部门，并告知投诉人答复期限。")
    b.art("投诉分为一般投诉和重大投诉。涉及人身伤害、媒体曝光、政府部门转来的投诉为重大投诉，其余为一般投诉。")

    b.ch("处理与答复")
    b.art("一般投诉在受理后3个工作日内答复投诉人，5个工作日内处理完毕；重大投诉24小时内初步答复，并报告分管副总经理。")
    b.art("责任部门调查核实后提出处理意见，由客服部答复投诉人，答复内容和结果记入登记表。投诉人不接受的，由责任部门负责人再次沟通。")
    b.art("处理完毕后，客服部在3个工作日内电话回访投诉人，记录回访意见。")
    b.art("常见问题的补救措施：")
    b.table(["问题", "补救措施"], [
        ["困人救援到场迟到", "站长上门致歉，说明原因和改进措施"],
        ["维保漏做或未按期维保", "3日内补做，当月维保费按漏做台次扣减"],
        ["配件报价或收费错误", "退还多收费用，书面致歉"],
        ["服务态度差", "当事人道歉；情节严重的调离岗位"],
        ["施工扰民", "调整作业时间，加强围挡"],
    ], widths=[5.0, 10.6])

    b.ch("统计与归档")
    b.art("质量安全部每季度对投诉数量、类别、责任单位和处理结果进行统计，报分管副总经理；同类问题反复发生的，由责任部门制定改进措施。")
    b.art("投诉登记表、答复和回访记录保存3年。")

    b.ch("附则")
    b.art("本程序由客服部负责解释，每两年评审一次，自2022年3月1日起施行。")

    b.save(out / "客户投诉处理程序_SA-FW-007_V1.0.docx", author="吴晓琳", last_by="吴晓琳",
           created=d(2022, 2, 10, 14, 0), modified=d(2022, 2, 24, 11, 20), revision=3,
           subject="投诉处理", keywords="投诉")


# --------------------------------------------------------------------------- #
# 4. 电梯维护保养合同（2026版标准文本）(DOCX)
# --------------------------------------------------------------------------- #

def make_contract(out: Path):
    meta = dict(doc_no="SA-HT-WB-2026", version="2026版", effective="2026年1月1日",
                drafted="朱婷 2025.11.20", reviewed="钱文斌 2025.12.05", approved="沈志刚 2025.12.12",
                footer="合同标准文本　签订时按项目填写")
    b = DocxBuilder("电梯维护保养合同（2026版标准文本）", meta)
    b.cover(controlled=False)
    b.p("合同编号：SA-WB-2026-______", indent=False)
    b.p("甲方（使用单位）：____________________　　统一社会信用代码：____________________", indent=False)
    b.p(f"乙方（维保单位）：{COMPANY}　　特种设备生产许可证：电梯安装（含修理），许可证编号：TS3332186-2027", indent=False)
    b.p("服务理念：一梯一责，安全到站。", indent=False, bold=True)
    b.p("根据《中华人民共和国民法典》《中华人民共和国特种设备安全法》和《电梯维护保养规则》，甲乙双方就甲方电梯的维护保养事宜协商一致，订立本合同。")

    b.art("维保电梯：甲方委托乙方维护保养的电梯共____台，电梯的使用登记证号、注册代码、品牌型号和安装位置见附件1。")
    b.art("维保方式（在□内打√）：")
    b.sub("□全包：维保费包含人工和全部配件（钢丝绳、主机、控制柜整体更换等大修项目除外）；")
    b.sub("□半包：维保费包含人工和单价300元以下的易损件，单价300元及以上的配件另行收费；")
    b.sub("□清包：维保费只包含人工，配件另行收费。")
    b.art("维保内容：乙方按《电梯维护保养规则》及附件2的项目，每15日至少对每台电梯维保一次，并按规定进行季度、半年和年度维保。"
          "每次维保后，乙方填写维保记录单，由甲方电梯安全管理员签字确认。乙方应提前一天告知甲方维保时间，并在基站张贴维保告示。")
    b.art(f"应急救援：乙方设24小时救援热线（苏州{HOTLINE}，无锡{HOTLINE_WX}）。接到困人报警后，乙方救援人员应在30分钟内到达现场"
          "（昆山、江阴等县级市为60分钟），及时解救被困人员。")
    b.art("故障修理：乙方接到故障报修后，应在2小时内到达现场；一般故障在24小时内修复。需更换非库存配件的，乙方书面告知甲方预计修复时间，"
          "配件到货时间不超过7个工作日（进口配件除外）。")
    b.art("配件与收费：需甲方付费的配件和修理项目，乙方按附件3的价格表出具报价单，经甲方书面确认后实施；困人或存在安全隐患需立即更换的，"
          "乙方可先行更换，次日补办确认手续。乙方不得收取价格表以外的费用。")
    b.art("质保：乙方更换的配件自更换之日起质保6个月，修理工作质保3个月；质保期内因配件质量或修理质量造成的故障，乙方免费修理。")
    b.art("定期检验：乙方在检验到期前30日书面提醒甲方申报定期检验，并派人配合检验；检验费用由甲方承担。检验不合格项由乙方负责整改，"
          "属于甲方责任或需要更换收费配件的，按本合同第六条执行。")
    b.art("停梯与延误：因乙方原因，单台电梯停梯超过72小时（等待进口配件除外）的，每超过1日，扣减该台电梯当月维保费的10%；"
          "医院病床电梯停梯超过24小时的，乙方派专人协助甲方安排病人转运。")
    b.art("甲方义务：")
    b.sub("（一）配备电梯安全管理员，保管机房钥匙和层门三角钥匙，配合乙方维保和救援；")
    b.sub("（二）保证机房温度不超过40℃、底坑不进水，机房空调、通风和底坑防水由甲方负责；")
    b.sub("（三）不得擅自拆改电梯或委托第三方修理；")
    b.sub("（四）按约定支付维保费和配件费。")
    b.art("服务评价：甲方可每季度对乙方的维保服务进行评价；乙方每年开展一次满意度调查，甲方应予配合。")
    b.art("维保费用：维保费每台每月______元，合计每月______元，按季度支付。")
    b.art("违约：乙方未按本合同第三条维保的，每台次扣减当月维保费的20%；乙方未按第四条、第五条时限到场的，甲方可要求乙方书面说明并整改。"
          "甲方逾期付款超过60日的，乙方可书面通知后暂停非应急的维保服务，但困人救援不得中断。")
    b.art("争议解决：双方协商解决；协商不成的，向乙方所在地人民法院起诉。")
    b.art("合同期限：自______年____月____日起至______年____月____日止。期满前30日双方协商续签。")
    b.p("甲方（盖章）：　　　　　　　　　　乙方（盖章）：", indent=False)
    b.p("代表：　　　　　　　　　　　　　　代表：", indent=False)
    b.p("日期：　　　　　　　　　　　　　　日期：", indent=False)
    b.page_break()
    b.p("附件1　电梯清单（签订时按项目填写：使用登记证号、注册代码、品牌型号、层站、安装位置、下次检验日期）", indent=False, bold=True)
    b.table(["序号", "使用登记证号", "注册代码", "品牌型号", "层/站", "安装位置", "下次检验日期"],
            [["1", "", "", "", "", "", ""], ["2", "", "", "", "", "", ""]], widths=[1.2, 2.6, 2.8, 2.6, 1.6, 2.6, 2.2])
    b.p("附件2　维保项目（摘录）", indent=False, bold=True)
    b.table(["周期", "主要项目"], [
        ["半月", "机房、轿厢、层门、底坑的清洁和检查；制动器、门锁、门系统、紧急报警装置、轿厢照明和应急照明的检查调整"],
        ["季度", "减速机润滑油、编码器、选层器、曳引轮槽、限速器轮槽的检查；扶梯梳齿板、扶手带、梯级链"],
        ["半年", "电动机与减速机联轴器、钢丝绳、限速器钢丝绳、层门和轿门门扇、对重缓冲距、补偿链"],
        ["年度", "控制柜接触器、继电器；制动器铁芯（柱塞）分解清洁；上行超速保护、轿厢称重装置、安全钳试验"],
    ], widths=[2.0, 13.6])
    b.p("附件3　配件价格表（摘录，单位：元）", indent=False, bold=True)
    price_rows = [[n, f"{p:,}", "—" if n in ORIGINAL_ONLY else f"{compat_price(p):,}"]
                  for n, _s, p in PARTS + ESC_PARTS]
    b.table(["配件", "原厂件单价", "兼容件单价（名录内供方）"], price_rows, widths=[6.0, 4.0, 5.6])
    b.p("说明：全包合同不另收配件费；半包合同对单价300元及以上的配件收费；清包合同全部配件收费。兼容件须经甲方同意方可使用。", indent=False, size=9.5)
    b.p("附件4　服务联系方式", indent=False, bold=True)
    b.table(["项目", "联系方式"], [
        ["24小时救援热线", f"苏州{HOTLINE}；无锡{HOTLINE_WX}"],
        ["投诉电话", COMPLAINT_TEL],
        ["微信服务号", f"“{WECHAT}”（在线报修）"],
        ["客户经理", "市场商务部 朱婷 0512-6580 9188"],
    ], widths=[4.0, 11.6])

    b.save(out / "电梯维护保养合同（2026版标准文本）.docx", author="朱婷", last_by="朱婷",
           created=d(2025, 11, 20, 9, 30), modified=d(2025, 12, 12, 17, 0), revision=5,
           subject="维保合同", keywords="维保合同;标准文本")


# --------------------------------------------------------------------------- #
# 5. 服务质量考核办法（征求意见稿）(DOCX)
# --------------------------------------------------------------------------- #

def make_assessment_draft(out: Path):
    meta = dict(doc_no="SA-FW-010（拟）", version="V0.3 征求意见稿", effective="待定",
                drafted="周慧 2026.10.15", reviewed="—", approved="—",
                footer="征求意见稿　仅供内部讨论")
    b = DocxBuilder("服务质量考核办法（征求意见稿）", meta)
    b.cover()
    b.p("说明：本稿由质量安全部会同维保部起草，请各站站长、调度中心和综合办公室于2026年12月5日前将意见反馈周慧。"
        "标注【待定】的内容需财务部、综合办公室确认；本办法发布前，各站仍按维保部现行绩效考核表执行。", indent=False, size=9.5)

    b.ch("总则")
    b.art("为把服务质量落实到维保站和个人，奖优罚劣，制定本办法。")
    b.art("本办法适用于园区站、吴中站、无锡站、客户服务调度中心及其员工。分包单位的考核另行规定。")

    b.ch("考核指标")
    b.art("维保站月度考核指标：")
    b.table(["指标", "权重", "数据来源"], [
        ["困人到场及时率", "25%", "调度台账"],
        ["故障停梯率", "20%", "调度系统"],
        ["维保按期完成率", "15%", "维保APP"],
        ["维保记录单物业签字率", "10%", "质量安全部抽查"],
        ["质量抽检得分", "15%", "质量安全部抽检记录"],
        ["有效投诉", "10%", "投诉登记表"],
        ["定期检验一次合格率", "5%", "检验报告"],
    ], widths=[5.6, 2.4, 7.6])
    b.art("调度中心月度考核指标：来电接通率、派单用时、回访完成率、投诉登记完整率。【待定：权重】")

    b.ch("考核程序")
    b.art("质量安全部每月10日前汇总上月数据并打分，报维保部和分管副总经理审核，考核结果在月度维保生产例会上通报。")
    b.art("考核等级：90分及以上为A，80—89分为B，70—79分为C，70分以下为D。")

    b.ch("奖惩")
    b.art("维保站月度考核为A的，站长及站内人员当月质量绩效上浮【待定】%；为C的，站长作书面分析；为D的，站长当月绩效扣减【待定】%，连续两个月为D的调整站长。")
    b.art("个人奖惩：困人救援到场超时且无正当理由的，每次扣【待定】元；维保漏做、先填单后维保的，每台次扣【待定】元并停岗培训；"
          "全年无有效投诉、无超时的维保工，年底奖励【待定】元。")
    b.art("奖惩结果由综合办公室登记，随当月工资发放或扣减。")

    b.ch("附则")
    b.art("本办法经总经理办公会审议通过后施行。【待定：施行日期】")

    b.save(out / "服务质量考核办法（征求意见稿）.docx", author="周慧", last_by="周慧",
           created=d(2026, 10, 8, 9, 0), modified=d(2026, 10, 15, 17, 30), revision=3,
           subject="征求意见稿", keywords="考核;征求意见稿")


# --------------------------------------------------------------------------- #
# 6. 供方及分包单位管理办法 (DOCX)
# --------------------------------------------------------------------------- #

SUPPLIERS = [
    ["菱达电梯（中国）有限公司苏州备件中心", "菱达原厂配件（控制板、门机、安全部件）", "原厂授权", "2019-05-10", "2025-11-20"],
    ["博迅电梯部件（苏州）有限公司", "博迅原厂配件", "原厂授权", "2019-05-10", "2025-11-20"],
    ["奥森电梯（上海）有限公司配件部", "奥森原厂配件、扶梯梯级、扶手带", "原厂授权", "2020-03-18", "2025-11-20"],
    ["吴越电梯有限公司售后配件部", "吴越原厂配件", "原厂授权", "2021-06-02", "2025-11-21"],
    ["恒川电梯（江苏）有限公司", "恒川原厂配件", "原厂授权", "2022-04-15", "2025-11-21"],
    ["上海沪联电梯配件有限公司", "光幕、门锁、按钮、门机皮带等通用件", "合格证＋样品试用", "2019-05-10", "2025-11-21"],
    ["苏州吴江华通电梯部件厂", "导靴、靴衬、层门滑块、钢丝绳头组合", "合格证＋样品试用", "2020-09-01", "2025-11-21"],
    ["江苏巨鼎钢丝绳有限公司", "曳引钢丝绳、限速器钢丝绳", "型式试验证书＋合格证", "2019-05-10", "2025-11-21"],
    ["杭州安瑞电梯电子有限公司", "五方对讲、应急电源", "合格证＋样品试用", "2021-03-12", "2025-11-21"],
    ["苏州恒宁电源科技有限公司", "应急电源蓄电池", "合格证", "2022-08-19", "2025-11-21"],
    ["无锡锡菱机电配件有限公司", "编码器、平层感应器", "合格证＋样品试用", "2026-03-06", "准入"],
    ["苏州工业园区迅能工具有限公司", "工具、仪器（非配件）", "营业执照", "2026-05-20", "准入"],
]

SUBCONTRACTORS = [
    ["江阴澄安电梯服务部", "江阴市在保电梯维保（46台）", "特种设备生产许可（电梯修理）、作业人员持证6人", "2024-06-17"],
    ["苏州恒固脚手架工程有限公司", "安装、改造井道脚手架", "建筑业企业资质、安全生产许可证", "2021-03-01"],
    ["苏州吴越起重吊装有限公司", "主机、扶梯桁架吊装", "起重吊装资质、起重机械作业人员证", "2021-03-01"],
    ["苏州佳筑建设工程有限公司", "改造、加装电梯项目的土建", "建筑业企业资质、安全生产许可证", "2023-05-08"],
]


def make_supplier_policy(out: Path):
    meta = dict(doc_no="SA-CG-002", version="V1.1", effective="2023年7月1日",
                drafted="陈刚 2023.06.05", reviewed="马振宇 2023.06.14", approved="钱文斌 2023.06.20",
                distribution="发放范围：配件仓库、市场商务部、技术部、安装部、改造大修部、维保部")
    b = DocxBuilder("供方及分包单位管理办法", meta)
    b.cover()

    b.ch("总则")
    b.art("为保证电梯配件的质量和来源可追溯，规范分包单位的选择和管理，制定本办法。")
    b.art("本办法所称供方是指向公司供应电梯配件、工具和仪器的单位；分包单位是指承接公司脚手架、吊装、土建等专业工程和区域维保的单位。")

    b.ch("供方准入")
    b.art("配件供方应提供：营业执照；原厂配件的品牌授权书，或通用配件的产品合格证；限速器、安全钳、缓冲器、门锁装置、上行超速保护装置、含电子元件的安全电路等"
          "安全部件的型式试验证书；有质量管理体系认证的提供证书。")
    b.art("通用（兼容）配件首次采购前，由技术部安排在3台在保电梯上试用3个月，无质量问题方可准入。")
    b.art("准入评审由配件仓库、技术部和市场商务部共同进行，填写《供方准入评审表》，经分管副总经理批准后列入《合格供方名录》。")
    b.art("安全部件只能从《合格供方名录》中的原厂授权供方采购。")

    b.ch("采购与验收")
    b.art("配件仓库按维保站的申领单和库存情况采购；非库存配件下单时在申领单上注明预计到货日期，由仓库通知维保站。")
    b.art("配件到货后，仓管员核对型号、数量和合格证，安全部件核对型式试验证书复印件和铭牌，外观检查合格后入库，填写《入库验收记录》；不合格的退货。")
    b.art("维保站领用配件须凭维保工单或申领单，仓库登记出库。")

    b.ch("分包单位管理")
    b.art("分包单位应具备与分包工作相应的资质：区域维保分包单位须持有特种设备生产许可（电梯修理），作业人员持有效的特种设备作业人员证；"
          "脚手架、土建单位须有建筑业企业资质和安全生产许可证；吊装单位的作业人员须持相应作业证。")
    b.art("分包单位由使用部门提出，质量安全部和市场商务部共同审查资质、人员和安全业绩，填写《分包单位准入评审表》，经分管副总经理批准后签订分包合同和安全协议。")
    b.art("分包单位进场前，由使用部门进行安全技术交底，交底记录双方签字。")
    b.art("区域维保分包单位按本公司《维保作业指导书》作业，每月5日前向管理站报送上月维保记录和故障记录；困人救援由调度中心统一派单和跟踪。"
          "管理站每月抽查分包单位维保的电梯不少于2台。")
    b.art("质量安全部每季度对区域维保分包单位进行一次考核，内容包括维保质量、到场时效、记录完整和作业安全，考核结果报分管副总经理。")

    b.ch("附则")
    b.art("本办法由配件仓库负责解释，自2023年7月1日起施行。")
    b.p("附表1　合格供方名录（2026年5月更新）", indent=False, bold=True)
    b.table(["供方", "供应范围", "准入依据", "准入日期", "最近复核"], SUPPLIERS, widths=[5.0, 4.6, 2.8, 1.8, 1.8], size=8.5)
    b.p("附表2　分包单位名录", indent=False, bold=True)
    b.table(["分包单位", "分包范围", "资质", "准入日期"], SUBCONTRACTORS, widths=[4.4, 4.2, 5.2, 2.0], size=8.5)

    b.save(out / "供方及分包单位管理办法_SA-CG-002.docx", author="陈刚", last_by="陈刚",
           created=d(2023, 6, 5, 10, 0), modified=d(2026, 5, 20, 16, 10), revision=6,
           subject="供方管理", keywords="供方;分包;配件")


# --------------------------------------------------------------------------- #
# 物业满意度 (shared by the survey report and the 管理评审)
# --------------------------------------------------------------------------- #

SAT_ITEMS = [("维保质量", .25, 89.4), ("困人救援到场", .20, 86.2), ("故障修复速度", .20, 85.7),
             ("人员形象与上门规范", .15, 91.3), ("收费与报价透明", .10, 87.9), ("沟通与走访", .10, 86.4)]
SAT_2025 = 87.1


def sat_score():
    return round(sum(w * v for _n, w, v in SAT_ITEMS), 1)


def _pct(x):
    return f"{x:.1%}"


def _verdict(ok):
    return "达成" if ok else "未达成"


def calls_rate(upto_month):
    n = sum(CALLS[m][0] for m in CALLS if m <= upto_month)
    ok = sum(CALLS[m][0] * CALLS[m][1] for m in CALLS if m <= upto_month)
    return ok / n


# --------------------------------------------------------------------------- #
# 7. 2026年度管理评审报告 (PDF)
# --------------------------------------------------------------------------- #

def make_review_pdf(out: Path, rrows, mrows, irows, frows, prows):
    cut = D(2026, 9, 30)
    rs = rescue_stats(rrows, cut)
    ms = maint_stats(mrows, 9)
    ins = inspection_stats(irows, 9)
    fs = fault_stats(frows, rrows, 9)
    ps = parts_stats(prows, 9)
    cs = complaint_stats(D(2026, 10, 28))
    sat = sat_score()
    cr = calls_rate(9)
    wx = rs["by_station"]["无锡站"]

    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年度管理评审报告", "title")
    a.p("评审时间：2026年10月29日　地点：公司三楼会议室　主持：沈志刚", "right")
    a.add(Spacer(1, 6))
    a.p("参加人员：钱文斌、周慧、陆建国、吴晓琳、蒋海峰、徐杰、马振宇、陈刚、朱婷、杨雪、孙丽华，园区站张立伟、吴中站顾明、无锡站华永强。"
        "本报告由质量安全部根据评审会议记录整理，数据截至2026年9月30日（投诉截至10月28日）。")

    a.p("一、2025年管理评审决议的落实情况", "h2")
    a.add(pdf_table(["2025年决议", "责任部门", "落实情况"], [
        ["无锡站增加维保工8人", "综合办公室/维保部", "未完成：持证维保工到岗3人，另招学徒4人；无锡站在岗维保工20人"],
        ["修订《客户投诉处理程序》，纳入96333和12345转办件", "调度中心", "未完成"],
        ["上线维保APP电子维保记录", "综合办公室/维保部", "已完成，2026年3月起三站全部使用"],
        ["满意度调查扩大到住宅业主", "质量安全部", "未完成，2026年仍只调查物业"],
        ["菱达、博迅常用控制板增加安全库存", "配件仓库", "部分完成：门机控制板已备货；主控制板、变频器仍需订货"],
    ], [6.0 * cm, 3.4 * cm, WIDTH - 9.4 * cm]))
    a.add(Spacer(1, 4))

    a.p("二、服务目标完成情况（1—9月）", "h2")
    a.add(pdf_table(["指标", "目标", "1—9月实际", "评价"], [
        ["困人到场及时率", "≥98%", f"{_pct(rs['rate'])}（{rs['n']}起，超时{rs['late']}起）", _verdict(rs["rate"] >= .98)],
        ["维保按期完成率", "≥99.5%", _pct(ms["on_time"]), _verdict(ms["on_time"] >= .995)],
        ["维保记录单物业签字率", "≥98%", f"{_pct(ms['sign_rate'])}（无锡站{_pct(ms['wx_sign'])}）", _verdict(ms["sign_rate"] >= .98)],
        ["定期检验一次合格率", "≥98%", f"{_pct(ins['rate'])}（{ins['n']}台）", _verdict(ins["rate"] >= .98)],
        ["故障停梯率", "≤4.0次/百台月", f"{fs['rate']:.2f}（无锡站{fs['by_station']['无锡站']:.2f}）", _verdict(fs["rate"] <= 4.0)],
        ["调度来电接通率", "≥98%", _pct(cr), _verdict(cr >= .98)],
        ["物业满意度", "≥90分", f"{sat}分", _verdict(sat >= 90)],
        ["投诉答复及时率", "≥95%", "登记表未记录答复时限，无法统计", "—"],
    ], [3.8 * cm, 3.0 * cm, 5.6 * cm, WIDTH - 12.4 * cm], center_cols=(1, 3)))
    a.add(Spacer(1, 4))
    a.p("安装、改造工程：1—9月完成新梯安装74台、改造及大修21台，均在合同工期内完成或经甲方签证顺延（山塘人家2#梯改造因井道土建整改顺延12天）；"
        "新梯监督检验一次合格72台，另2台整改后复检合格；移交时均向物业交付资料，并对电梯安全管理员进行了现场培训。")
    a.p(f"困人到场超时{rs['late']}起中，无锡站{wx['late']}起，无锡站到场及时率只有{_pct(wx['rate'])}；超时多发生在晚高峰和夜间。"
        f"1—9月平均到场用时{rs['avg']:.1f}分钟，被困人员平均解救用时{rs['trapped_avg']:.0f}分钟。")

    a.p("三、内部审核结果", "h2")
    a.p("2026年9月15日—17日，质量安全部按ISO 9001组织内部审核，审核员周慧、王敏。与服务有关的发现：")
    for t in [
        "1．抽查无锡站7—8月维保记录单40份，7份无物业签字且超过3日未补签。（不符合项NC-2026-05，已整改，10月复查关闭）",
        "2．《客户投诉处理程序》（SA-FW-007）为2022年版本，超过两年未评审，文中仍为“客服部”，没有96333平台和12345热线转办件的处理要求。（不符合项NC-2026-06，未关闭）",
        "3．培训签到和考核记录登记到6月为止。综合办公室培训专员6月底离职后无人接手，7月以后各站自行组织的技术培训没有签到和考核记录；8—10月入职的5名学徒没有岗前培训记录，直接跟班。（不符合项NC-2026-07，未关闭）",
        "4．随机抽问维保工15人，6人说不完整公司服务理念及其含义。（观察项）",
        f"5．调度台账1—4月困人事件回访登记率仅{_pct(rs['visit_rate_jan_apr'])}，5月起为{_pct(rs['visit_rate_may'])}。（观察项）",
        "6．项目走访记录不全：按每个项目每季度一次计，第一季度完成86%，第二季度79%，第三季度58%。（观察项）",
    ]:
        a.p(t, "sub")

    a.p("四、外部信息", "h2")
    n_rect = sum(1 for r in RECTIFY if r[0] <= cut)
    a.p(f"1．定期检验：1—9月在保电梯受检{ins['n']}台，一次检验合格{ins['ok']}台，不合格项均已整改复检。")
    a.p(f"2．监管部门和检验机构下达整改文书{n_rect}份（吴中区市场监管局指令书1份、苏州和无锡特检院意见通知书3份、新吴区市场监管局责令改正1份），均按期关闭。")
    a.p(f"3．96333平台：1—9月平台转派困人工单{rs['platform']}起，均在平台规定时间内反馈。")
    a.p("4．7月14日锡东天汇广场困人事件：A区3#客梯晚高峰困6人，救援人员41分钟到场（时限30分钟），被困55分钟，乘客在抖音发布视频，12345转办。"
        "按重大事件Ⅱ级处置：副总经理和无锡站站长当晚到场，当面致歉并承担医院检查费1,280元，商场当月维保费减免10%。"
        "原因为变频器过流保护停梯，且就近人员在梅村嘉园处理另一起停梯；事后无锡站晚高峰增加1个值班组。")

    a.p("五、供方与分包", "h2")
    a.p(f"1．《合格供方名录》现有供方12家，2026年新增无锡锡菱机电配件有限公司、苏州工业园区迅能工具有限公司2家，均经准入评审。"
        f"1—9月非库存配件订货{ps['nonstock']}次，平均等件{ps['avg_wait']:.1f}个工作日，超过合同约定7个工作日的{ps['over']}次，"
        f"其中菱达、博迅的主控制板和变频器{ps['over_brand']}次。")
    a.p("2．4—6月菱达2016—2017年出厂批次的门机控制板故障集中，技术部6月18日书面反馈菱达苏州服务中心，厂家7月起免费提供改进型控制板，"
        "改进效果见《2026年1—10月电梯故障及停梯分析报告》。")
    a.p("3．江阴澄安电梯服务部分包维保江阴项目46台。按办法应每季度考核一次，2026年只在4月做过一次（82分）；无锡站对分包电梯的抽查全年只有2次。")
    a.p("4．公司对配件供方和分包单位都还没有奖惩规定，供方的质量问题只能靠退货和口头交涉。")

    a.p("六、资源", "h2")
    a.add(pdf_table(["项目", "2026年预算（万元）", "1—9月支出（万元）"], [
        ["培训", "18", "7.6"], ["工具仪器及计量", "45", "31.2"], ["车辆（含油费、保险）", "62", "47.5"],
        ["配件周转库存", "160", "128.0"], ["调度系统、维保APP及通信", "21", "18.4"], ["应急专项经费", "30", "4.6"],
        ["其他", "50", "33.9"], ["合计", "386", "271.2"],
    ], [6.4 * cm, 4.4 * cm, WIDTH - 10.8 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))
    a.p("9月底在岗180人（另有学徒10人），其中维保工104人；无锡站在岗21人，定编25人，维保工人均负责电梯31.2台，超过公司25台的标准。"
        "应急专项经费1—9月使用4.6万元（天汇广场事件补偿和费用减免1.9万元，演练和救援工具补充2.7万元）。"
        "困人救援演练计划6次，完成5次：园区站、吴中站各2次，无锡站上半年未演练（被新吴区市场监管局责令改正），7月10日与梅村嘉园物业补做1次。")

    a.p("七、改进与创新", "h2")
    a.p("1．按需维保试点：经苏州工业园区市场监督管理局同意，2026年3月起在金湖国际大厦、独墅湖创意产业园两个项目共34台电梯试点按需维保，"
        "根据运行次数和故障数据调整维保周期和项目。试点7个月，故障停梯率与试点前持平（2.9次/百台月），维保工时下降21%，节省的人手补充到无锡站。试点由技术部和园区站抽人完成，公司没有为这类创新单列人员和经费。")
    a.p("2．维保APP：3月起维保记录全部电子化，维保工现场扫码签到、逐项拍照，质量安全部可以远程抽查。")
    a.p("3．门系统专项：5月起对使用10年以上的电梯每月加做门系统检查，门系统故障占比有所下降（见故障分析报告）。")
    a.p("4．老旧电梯评估：1—9月向物业发出《电梯状况评估建议书》48份，其中9台已由业主方决定改造。")
    a.p("5．危险废物：4月、9月两次向苏州吴中区洁源环保科技有限公司转移废矿物油和含油棉纱共1.86吨，转移联单已归档。")

    a.p("八、存在的问题", "h2")
    for t in [
        f"1．困人到场及时率{_pct(rs['rate'])}，未达到98%的目标，超时集中在无锡站和晚高峰、夜间；调度中心对每起超时只在台账里写了一句原因，没有逐起分析和整改跟踪。",
        "2．无锡站人手不足，维保工人均31.2台；2025年决议增员8人只落实3人。无锡站故障停梯率和记录单未签字的问题都与此有关。",
        "3．培训记录7月起中断，5名学徒没有岗前培训记录；服务理念讲评只在1月做过一次，计划中的7月讲评没有开展。",
        "4．公司目前没有取得售后服务管理师证书的人员。",
        f"5．满意度调查只面向物业，乘梯居民、医院病人和家属、商场顾客的意见没有收集渠道；2026年物业满意度{sat}分，低于90分的目标。",
        "6．投诉登记不完整：有的投诉没有写处理情况、没有回访；2025年以前的投诉由各站自己记录，公司没有汇总，无法与往年对比；投诉程序多年未修订。",
        "7．非库存配件等件时间长，近三成超过合同约定的7个工作日；无锡站没有前置库存，配件每周只送两次。",
        "8．微信服务号“服务承诺”页面写的是一般故障“1小时内到达现场”，合同和手册都是2小时，9月东亭花园物业已据此提出投诉，页面至今未改。",
        "9．调度系统、维保APP和配件台账各自独立，数据靠人工导出汇总；在保电梯没有远程监测手段，故障全靠物业和乘客报修。",
        "10．项目走访完成率逐季下降，第三季度只有58%。",
        "11．部分改造项目拆下的旧主机、旧钢丝绳由施工班组自行卖给废品站，没有回收登记。",
        "12．《服务质量考核办法》仍是征求意见稿，2026年没有对维保站进行过考核和奖罚；个人层面只有抽检不合格和投诉涉及的人员被扣当月绩效，没有单独的奖惩登记。",
        "13．公司网站多年没有更新，只有公司简介和工程业绩，没有售后服务栏目和在线报修入口。",
        "14．维保工流动较大，1—9月离职17人；公司除年终聚餐外没有组织过团队活动。",
        "15．重点客户只在手册中有一条规定，没有专门的服务办法和服务流程；客户信息保护只有手册里的保密要求。",
        "16．维保作业的内控项目高于《电梯维护保养规则》的要求，但没有形成企业标准；公司也没有参加过标准的起草。",
    ]:
        a.p(t, "sub")

    a.p("九、评审结论与决议", "h2")
    a.p("评审认为，公司维保服务体系总体运行有效，维保按期完成率、定期检验一次合格率和调度接通率保持在目标以上，按需维保试点有成效；"
        "主要问题是无锡站人手不足造成的到场超时、等件时间长、培训和投诉记录不完整、部分文件没有及时修订。决议如下：")
    a.add(pdf_table(["序号", "决议", "责任部门", "完成期限"], [
        ["1", "2027年服务目标按下表调整", "质量安全部", "2026-12-31发布"],
        ["2", "无锡站增员6人；晚高峰增设1个值班组", "综合办公室/维保部", "2027-03-31"],
        ["3", "拟于2027年上半年在无锡站设配件前置库，菱达、博迅主控制板和变频器各备2套", "配件仓库", "2027-06-30"],
        ["4", "拟建设物联网远程监测平台，2027年先选200台电梯加装监测终端试点", "技术部/综合办公室", "2027-12-31"],
        ["5", "修订《客户投诉处理程序》，投诉统一录入调度系统", "调度中心", "2027-03-31"],
        ["6", "发布《服务质量考核办法》", "质量安全部", "2027-01-31"],
        ["7", "满意度调查增加住宅业主抽样，并按维保站分别统计", "质量安全部", "2027年第三季度"],
        ["8", "选送2人参加售后服务管理师培训", "综合办公室", "2027-12-31"],
        ["9", "拟与苏州市电梯行业协会合作，研究老旧住宅电梯门系统故障规律", "技术部", "2027年立项"],
        ["10", "制定《重点客户服务管理办法》", "市场商务部", "2027-06-30"],
        ["11", "网站改版，增加售后服务栏目和在线报修", "综合办公室", "2027-06-30"],
        ["12", "拟开展“物业评站”活动，由物业对三个维保站打分评比", "质量安全部", "2027年"],
        ["13", "计划组织“乘梯安全进社区”活动，为住宅项目制作乘梯安全宣传海报", "综合办公室", "2027年"],
        ["14", "修改微信服务号服务承诺页面，与合同一致", "综合办公室", "2026-11-30"],
        ["15", "研究制定供方和分包单位的奖惩规定", "配件仓库/质量安全部", "2027-06-30"],
    ], [1.2 * cm, 8.4 * cm, 3.6 * cm, WIDTH - 13.2 * cm], center_cols=(0,)))
    a.add(Spacer(1, 4))
    a.p("2027年服务目标：", "body")
    a.add(pdf_table(["指标", "2026年目标", "2027年目标", "调整说明"], [
        ["困人到场及时率", "≥98%", "≥98%，无锡站≥96%", "增加无锡站单列"],
        ["维保按期完成率", "≥99.5%", "≥99.5%", "保持"],
        ["维保记录单物业签字率", "≥98%", "≥98.5%", "提高"],
        ["定期检验一次合格率", "≥98%", "≥98.5%", "提高"],
        ["故障停梯率", "≤4.0次/百台月", "≤3.8次/百台月", "提高"],
        ["调度来电接通率", "≥98%", "≥98%", "保持"],
        ["物业满意度", "≥90分", "≥90分", "保持，增加业主抽样"],
        ["投诉解决率", "—", "≥95%", "新增"],
        ["非库存配件7个工作日到货率", "—", "≥85%", "新增"],
    ], [4.2 * cm, 3.2 * cm, 3.8 * cm, WIDTH - 11.2 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 10))
    a.p(f"附：截至10月28日登记投诉{cs['n']}件，已办结{cs['done']}件，其中{cs['solved']}件客户认可，{cs['unsolved']}件客户不认可，{cs['open']}件处理中。", "small")
    a.p("整理：王敏　　审核：周慧　　批准：沈志刚　　2026年11月5日", "right")

    build_pdf(out / "2026年度管理评审报告.pdf", a.story, title="2026年度管理评审报告", author="王敏",
              subject="管理评审", header_text="管理评审报告　MR-2026", date=d(2026, 11, 5, 10, 30))


# --------------------------------------------------------------------------- #
# 8. 2026年物业客户满意度调查报告 (PDF)
# --------------------------------------------------------------------------- #

def make_survey_pdf(out: Path):
    sat = sat_score()
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年物业客户满意度调查报告", "title")
    a.p("质量安全部　2026年10月12日", "right")
    a.add(Spacer(1, 6))

    a.p("一、调查概况", "h2")
    a.p("调查时间：2026年9月1日—9月20日。调查对象：全部在保项目的物业项目经理或电梯安全管理员，每个项目1份问卷。"
        "调查方式：由各站维保组长把问卷链接发给物业，物业在线填写，不记名。共发放问卷173份，回收有效问卷126份，回收率72.8%。")
    a.p("问卷设6个评价项目，每项按100分制打分，综合得分按下表的权重加权计算，计算口径与2025年相同。")

    a.p("二、调查结果", "h2")
    a.add(pdf_table(["评价项目", "权重", "2026年得分", "2025年得分"], [
        [n, f"{int(w * 100)}%", f"{v:.1f}", p] for (n, w, v), p in zip(
            SAT_ITEMS, ["88.6", "85.9", "84.8", "90.7", "86.2", "85.1"], strict=True)
    ] + [["综合得分", "100%", f"{sat:.1f}", f"{SAT_2025:.1f}"]],
        [5.4 * cm, 2.4 * cm, 3.6 * cm, WIDTH - 11.4 * cm], center_cols=(1, 2, 3)))
    a.add(Spacer(1, 4))
    a.p(f"综合得分{sat:.1f}分，比2025年提高{sat - SAT_2025:.1f}分，仍低于公司90分的目标。得分最低的是“故障修复速度”和“困人救援到场”两项。")
    a.p("按项目类型统计：", "body")
    a.add(pdf_table(["项目类型", "有效问卷", "综合得分"], [
        ["住宅小区（含动迁小区、加装电梯）", "84", "87.1"], ["商场、市场", "9", "86.3"],
        ["医院", "6", "92.5"], ["写字楼、产业园", "27", "89.8"], ["合计", "126", f"{sat:.1f}"],
    ], [7.4 * cm, 3.6 * cm, WIDTH - 11.0 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))
    a.p("医院项目得分最高，物业普遍认可驻点维保；商场对扶梯大修期间的围挡和扬尘有意见；住宅项目对等件停梯和无锡地区到场时间意见较多。")

    a.p("三、物业的主要意见", "h2")
    for t in [
        "1．主控制板、变频器等配件要等一两周，停梯期间业主意见很大，物业两头受气。（提及31次）",
        "2．无锡地区困人和报修到场偏慢，晚高峰尤其明显。（提及14次，全部来自无锡项目）",
        "3．报价希望同时给原厂件和兼容件两种方案，并说明差别。（提及12次）",
        "4．维保时间希望提前在单元门口张贴通知，方便业主安排出行。（提及9次）",
        "5．希望公司帮助物业做乘梯安全宣传，例如给小区提供宣传海报、进社区讲解。（提及7次）",
        "6．希望业主也能查到电梯的维保记录和年检情况。（提及5次）",
        "7．维保人员态度、着装和作业规范普遍认可；个别项目反映维保人员更换频繁。",
    ]:
        a.p(t, "sub")

    a.p("四、调查的局限", "h2")
    a.p("本次调查只面向签约物业的项目负责人或电梯安全管理员，乘梯居民、医院患者及家属、商场顾客没有纳入调查，"
        "居民对电梯的意见目前主要通过物业转达和投诉电话了解。问卷没有填写项目所属维保站，本次无法按站比较各站的得分。")

    a.p("五、改进建议", "h2")
    for t in [
        "1．配件仓库对菱达、博迅常用控制板和变频器增加储备，无锡站考虑设前置库。",
        "2．无锡站增加晚高峰值班力量。",
        "3．报价单增加兼容件方案（仅限名录内供方）。",
        "4．维保前一天在单元门口或电梯厅张贴维保通知。",
        "5．2027年调查拟增加住宅小区业主抽样（每个住宅项目不少于10户），问卷增加所属维保站，以便分站比较。",
    ]:
        a.p(t, "sub")
    a.add(Spacer(1, 10))
    a.p("编制：王敏　　审核：周慧　　2026年10月12日", "right")

    build_pdf(out / "2026年物业客户满意度调查报告.pdf", a.story, title="2026年物业客户满意度调查报告",
              author="王敏", subject="满意度调查", header_text="质量安全部", date=d(2026, 10, 12, 15, 0))


# --------------------------------------------------------------------------- #
# 9. 2026年1—10月电梯故障及停梯分析报告 (PDF)
# --------------------------------------------------------------------------- #

FAULT_CATS = [("门系统（门锁、门机、光幕、门刀）", .41), ("驱动控制（变频器、主板、编码器、平层）", .17),
              ("人为原因（扒门、蹦跳、超载、误按急停）", .12), ("安全回路（限速器、安全钳开关、急停）", .09),
              ("外部原因（停电、进水、机房高温）", .08), ("自动扶梯（梳齿板、扶手带、梯级）", .07), ("其他", .06)]
AGE_BANDS = [("5年及以下", 612, .14), ("6—10年", 934, .30), ("11—15年", 628, .27), ("15年以上", 312, .29)]


def _split(total, shares):
    counts = [round(total * s) for _n, s in shares]
    counts[-1] = total - sum(counts[:-1])
    return counts


def make_fault_pdf(out: Path, frows, rrows, prows):
    fs = fault_stats(frows, rrows, 10)
    ps = parts_stats(prows, 10)
    rs = rescue_stats(rrows, D(2026, 10, 31))
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年1—10月电梯故障及停梯分析报告", "title")
    a.p("技术部　2026年11月12日", "right")
    a.add(Spacer(1, 6))
    a.p("本报告根据调度系统的故障报修记录、困人救援调度台账和配件更换台账编制，统计期为2026年1月1日—10月31日，"
        "用于11月服务质量分析会和2027年维保计划的编制。")

    a.p("一、总体情况", "h2")
    a.p(f"1—10月在保电梯平均{sum(v[1] for v in fs['by_month'].values()) // 10}台，故障报修{fs['total']}次，故障停梯率{fs['rate']:.2f}次/百台月，"
        f"低于公司4.0的目标；困人{fs['rescues']}起，折合{fs['rescue_rate']:.1f}起/千台月。")
    a.add(pdf_table(["月份", "在保台数", "故障报修(次)", "故障停梯率(次/百台月)", "困人(起)"], [
        [f"{m}月", str(v[1]), str(v[0]), f"{v[0] / v[1] * 100:.2f}", str(sum(1 for r in rrows if r[2].month == m))]
        for m, v in fs["by_month"].items()
    ], [2.4 * cm, 3.0 * cm, 3.4 * cm, 4.6 * cm, WIDTH - 13.4 * cm], center_cols=(0, 1, 2, 3, 4)))
    a.add(Spacer(1, 4))
    a.add(pdf_table(["维保站", "故障报修(次)", "故障停梯率(次/百台月)", "困人(起)", "困人到场及时率"], [
        [s, str(fs["by_station_n"][s]), f"{fs['by_station'][s]:.2f}", str(rs["by_station"][s]["n"]),
         _pct(rs["by_station"][s]["rate"])] for s in STATIONS
    ], [2.8 * cm, 3.2 * cm, 4.4 * cm, 2.6 * cm, WIDTH - 13.0 * cm], center_cols=(1, 2, 3, 4)))
    a.add(Spacer(1, 4))
    a.p("6—8月梅雨和高温季节故障明显增多；无锡站故障停梯率高于另外两站，与人均台量偏高、维保时间不足有直接关系。")

    a.p("二、故障分类", "h2")
    counts = _split(fs["total"], FAULT_CATS)
    a.add(pdf_table(["故障部位", "次数", "占比"], [
        [n, str(c), _pct(c / fs["total"])] for (n, _s), c in zip(FAULT_CATS, counts, strict=True)
    ], [9.0 * cm, 3.0 * cm, WIDTH - 12.0 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))
    a.p("门系统仍是第一大故障来源；1—4月门系统故障占比约46%，5月起对使用10年以上的电梯每月加做门系统专项检查后，7—10月降到约38%。")
    age_counts = _split(fs["total"], [(n, s) for n, _u, s in AGE_BANDS])
    a.add(pdf_table(["梯龄", "在保台数", "故障报修(次)", "每台平均(次)"], [
        [n, str(u), str(c), f"{c / u:.2f}"] for (n, u, _s), c in zip(AGE_BANDS, age_counts, strict=True)
    ], [4.0 * cm, 3.4 * cm, 3.6 * cm, WIDTH - 11.0 * cm], center_cols=(1, 2, 3)))
    a.add(Spacer(1, 4))
    a.p("使用15年以上的312台电梯占在保台数的13%，故障却占29%。其中部分电梯主控制板、门机已停产，只能用兼容件或整体改造。"
        "1—10月同一台电梯30日内故障3次及以上的共27台次（园区站9、吴中站7、无锡站11），均已由站点技术员现场分析并更换相关部件。")

    a.p("三、菱达门机控制板批量故障", "h2")
    a.p("4—6月菱达2016—2017年出厂的一个批次门机控制板共发生故障31次，表现为开关门过程中报警停梯，其中困人9起。"
        "技术部6月18日书面反馈菱达苏州服务中心并附故障记录，厂家确认为控制板电容选型问题，7月起免费提供改进型控制板，"
        "8月底前更换58块（厂家直供，未经本公司仓库，不在配件台账中）。8—10月同类故障下降到4次。")

    a.p("四、配件与等件停梯", "h2")
    a.p(f"1—10月配件台账（单价100元及以上）登记{ps['n']}次，其中非库存配件{ps['nonstock']}次，平均等件{ps['avg_wait']:.1f}个工作日；"
        f"超过合同约定7个工作日的{ps['over']}次，占{_pct(ps['over_rate'])}，其中{ps['over_brand']}次是菱达、博迅的主控制板和变频器。"
        "等件期间电梯停用，是物业满意度调查中意见最多的问题。收费配件{0}次，收费合计{1:,}元，均按合同附件价格表报价。".format(ps["charged"], ps["charge_sum"]))

    a.p("五、改进措施及跟踪", "h2")
    a.add(pdf_table(["问题", "措施", "责任", "状态"], [
        ["菱达门机控制板批量故障", "反馈厂家，改进型控制板免费更换", "技术部", "已完成，跟踪到12月"],
        ["门系统故障占比高", "使用10年以上电梯每月门系统专项检查", "维保部", "5月起执行"],
        ["主控制板、变频器等件时间长", "建议增加安全库存，无锡站设前置库", "配件仓库", "列入管理评审决议"],
        ["无锡站故障率高", "增员；分包电梯加强抽查", "维保部/无锡站", "增员未到位"],
        ["机房高温引起故障", "书面建议物业加装空调，共发出9份", "各站", "物业已采纳3份"],
        ["老旧电梯故障多", "出具《电梯状况评估建议书》，建议改造", "技术部/市场商务部", "9台已决定改造"],
    ], [4.2 * cm, 6.0 * cm, 2.8 * cm, WIDTH - 13.0 * cm]))
    a.add(Spacer(1, 10))
    a.p("编制：马振宇　　审核：陆建国　　2026年11月12日", "right")

    build_pdf(out / "2026年1—10月电梯故障及停梯分析报告.pdf", a.story, title="2026年1—10月电梯故障及停梯分析报告",
              author="马振宇", subject="故障分析", header_text="技术部", date=d(2026, 11, 12, 16, 0))


# --------------------------------------------------------------------------- #
# 10. 微信服务号服务承诺页面文案 (TXT)
# --------------------------------------------------------------------------- #

PAGE_TXT = f"""{WECHAT} · 服务承诺
（微信服务号菜单“服务”—“服务承诺”页面文案，综合办公室维护，2026年4月版）

一梯一责，安全到站
这是升安人对每一台电梯的承诺。

【24小时救援热线】
苏州：{HOTLINE}
无锡：{HOTLINE_WX}
电梯困人也可以拨打96333电梯应急救援电话，平台会把工单转给我们。

【我们的承诺】
1. 困人救援：接警后3分钟内派单，苏州、无锡市区30分钟内到达现场，昆山、江阴等地60分钟内到达。
2. 故障报修：接到报修后1小时内到达现场，一般故障24小时内修好；需要订配件的，我们会告诉您大概什么时候能修好。
3. 维护保养：每15天至少保养一次，按半月、季度、半年、年度项目做，每次保养后请物业签字确认。
4. 配件：需要收费的配件先报价，物业签字确认后再换；困人等紧急情况先修后补手续。
5. 年检：提前一个月提醒物业申报，检验当天派人陪同。
6. 投诉：投诉电话{COMPLAINT_TEL}，3个工作日内答复。

【在线报修】
点击菜单“服务”—“在线报修”，填写小区名称、楼栋和梯号、故障现象，可以上传照片。
在线报修每天7:30—21:00由调度员处理；夜间和困人请直接拨打救援热线。

【报修以后】
报修 → 调度派单 → 维保人员到场 → 修复试运行 → 物业签字确认 → 调度中心回访

【乘梯小贴士】
· 被困在电梯里请保持冷静，按轿厢里的警铃或对讲按钮，等待救援；不要扒门，不要从轿厢顶部往外爬。
· 电梯维修保养时请不要进入。
· 不要在轿厢里蹦跳，不要用身体挡电梯门。
· 带宠物乘梯请牵好绳。

【关于升安】
{COMPANY}成立于2009年，持有特种设备生产许可证（电梯安装（含修理）），在苏州、无锡为170多个小区、商场、医院和写字楼的2,400多台电梯提供安装、维保、改造和大修服务。
"""


def make_page_txt(out: Path):
    (out / "升安电梯服务微信服务号服务承诺页面文案（2026年4月版）.txt").write_text(PAGE_TXT, encoding="utf-8")


# --------------------------------------------------------------------------- #

def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    rrows = rescue_rows()
    mrows = maintenance_rows()
    frows = fault_rows()
    irows = inspection_rows()
    qrows = quality_check_rows()
    crows = campaign_rows()
    prows = parts_rows(rrows)
    for make in (make_manual, make_rescue_procedure, make_complaint_procedure, make_contract,
                 make_assessment_draft, make_supplier_policy, make_survey_pdf, make_complaint_ledger,
                 make_training_ledger, make_page_txt):
        make(out)
    make_review_pdf(out, rrows, mrows, irows, frows, prows)
    make_fault_pdf(out, frows, rrows, prows)
    make_rescue_ledger(out, rrows, frows)
    make_quality_ledger(out, mrows, irows, qrows, crows, prows)
    for f in sorted(out.iterdir()):
        if f.suffix in (".docx", ".pdf", ".xlsx", ".txt"):
            print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main(sys.argv)
