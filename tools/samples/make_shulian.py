"""Generate the sample document set of 苏州数联通讯器材连锁有限公司 (a fictional company).

A regional chain of 23 mobile-phone and digital-product stores in 苏州 and 无锡 (手机, 平板,
智能手表, 耳机, 配件 of 华为/荣耀/小米/OPPO/vivo/苹果), also selling through a 天猫 and a 抖音
shop, with a small repair centre at head office (贴膜, 换电池, 换屏, out-of-warranty repairs);
warranty repairs go to the brands' authorised service centres (寄修/送修).  The files are
written to evidence_samples/shulian-mobile/.  All content lives in this script; the output is
deterministic (fixed dates, seeded RNG, fixed ZIP timestamps, fixed PDF dates).

    /work/venv/bin/python tools/samples/make_shulian.py [output_dir]

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
DEFAULT_OUT = ROOT / "evidence_samples" / "shulian-mobile"
COMPANY = "苏州数联通讯器材连锁有限公司"
HOTLINE = "400-828-6617"
WECHAT = "数联通讯服务中心"
TMALL = "数联通讯器材专营店"
DOUYIN = "数联数码"
RECYCLER = "苏州恒回再生资源有限公司"

DocxBuilder = partial(common.DocxBuilder, company=COMPANY)
build_pdf = partial(common.build_pdf, company=COMPANY, creator="WPS Office")
xlsx_sheet = partial(common.xlsx_sheet, head_fill="FCE4D6")

WIDTH = A4[0] - 4.4 * cm
AS_OF = dt.date(2026, 11, 20)

# --------------------------------------------------------------------------- #
# shared data
# --------------------------------------------------------------------------- #

# code, name, city, flagship (自营回收网点)
STORES = [
    ("SZ01", "观前店", "苏州", True), ("SZ02", "石路店", "苏州", True),
    ("SZ03", "南门店", "苏州", False), ("SZ04", "平江店", "苏州", False),
    ("SZ05", "吴中东吴店", "苏州", True), ("SZ06", "木渎店", "苏州", False),
    ("SZ07", "甪直店", "苏州", False), ("SZ08", "相城元和店", "苏州", False),
    ("SZ09", "黄埭店", "苏州", False), ("SZ10", "园区湖东店", "苏州", True),
    ("SZ11", "园区湖西店", "苏州", False), ("SZ12", "唯亭店", "苏州", False),
    ("SZ13", "新区狮山店", "苏州", True), ("SZ14", "浒关店", "苏州", False),
    ("SZ15", "吴江松陵店", "苏州", True), ("SZ16", "盛泽店", "苏州", False),
    ("WX01", "崇安寺店", "无锡", True), ("WX02", "南长街店", "无锡", False),
    ("WX03", "中山路店", "无锡", True), ("WX04", "滨湖蠡湖店", "无锡", False),
    ("WX05", "河埒口店", "无锡", False), ("WX06", "新吴旺庄店", "无锡", False),
    ("WX07", "梅村店", "无锡", False),
]
STORE_NAMES = [s[1] for s in STORES]
STORE_CITY = {s[1]: s[2] for s in STORES}
FLAGSHIPS = [s[1] for s in STORES if s[3]]

# brand, model, category, price
PRODUCTS = [
    ("华为", "华为 Mate 70", "手机", 5499), ("华为", "华为 nova 14", "手机", 2699),
    ("华为", "华为 Pura 80", "手机", 4699), ("荣耀", "荣耀 Magic7", "手机", 4299),
    ("荣耀", "荣耀 X70", "手机", 1799), ("小米", "小米 15", "手机", 4299),
    ("小米", "Redmi K80", "手机", 2499), ("小米", "Redmi Note 14", "手机", 1199),
    ("OPPO", "OPPO Reno14", "手机", 2799), ("OPPO", "OPPO Find X8", "手机", 4199),
    ("vivo", "vivo S30", "手机", 2699), ("vivo", "vivo X200", "手机", 4299),
    ("苹果", "iPhone 16", "手机", 5199), ("苹果", "iPhone 16 Pro", "手机", 7199),
    ("苹果", "iPhone 17", "手机", 5999), ("苹果", "iPhone 17 Pro", "手机", 8999),
    ("华为", "华为 MatePad 11.5", "平板", 2099), ("小米", "小米平板 7", "平板", 1999),
    ("苹果", "iPad Air", "平板", 4799), ("华为", "华为 WATCH GT 5", "手表", 1488),
    ("苹果", "Apple Watch S10", "手表", 2999), ("华为", "华为 FreeBuds 6i", "耳机", 699),
    ("苹果", "AirPods 4", "耳机", 1399),
]
PHONES = [p for p in PRODUCTS if p[2] == "手机"]
RELEASED = {  # 上市日期, so that purchase dates stay plausible
    "华为 Mate 70": (2024, 11, 26), "华为 nova 14": (2025, 5, 20), "华为 Pura 80": (2025, 6, 11),
    "荣耀 Magic7": (2024, 10, 30), "荣耀 X70": (2025, 7, 15), "小米 15": (2024, 10, 29),
    "Redmi K80": (2024, 11, 27), "Redmi Note 14": (2024, 9, 26), "OPPO Reno14": (2025, 5, 15),
    "OPPO Find X8": (2024, 10, 24), "vivo S30": (2025, 5, 29), "vivo X200": (2024, 10, 14),
    "iPhone 16": (2024, 9, 20), "iPhone 16 Pro": (2024, 9, 20), "iPhone 17": (2025, 9, 19),
    "iPhone 17 Pro": (2025, 9, 19), "华为 MatePad 11.5": (2025, 3, 1), "小米平板 7": (2024, 10, 29),
    "iPad Air": (2025, 3, 12), "华为 WATCH GT 5": (2024, 9, 19), "Apple Watch S10": (2024, 9, 20),
    "华为 FreeBuds 6i": (2024, 9, 19), "AirPods 4": (2024, 9, 20),
}
CHARGER = ("数联优选", "数联优选 20W快充充电器", "配件", 59)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟万钱汤尹黎易常武乔贺龚"

AFTER_SALES = ["蒋丽娜", "钱佳怡"]
HOTLINE_STAFF = ["沈悦", "顾晓婷", "唐敏", "许可", "杨柳"]
TECHS = ["王磊", "陈浩", "刘洋", "张俊杰"]


def masked_name(rng):
    return rng.choice(SURNAMES) + rng.choice(["*", "**", "女士", "先生"])


def masked_phone(rng):
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}"


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


def _product(rng, phones_only=False):
    pool = PHONES if phones_only else PRODUCTS
    weights = [4 if p[2] == "手机" else 1 for p in pool]
    return _weighted(rng, pool, weights)


def _store(rng, city=None):
    pool = [s for s in STORE_NAMES if city is None or STORE_CITY[s] == city]
    weights = [3 if s in FLAGSHIPS else 1.5 for s in pool]
    return _weighted(rng, pool, weights)


def _days_in(month):
    if month == 11:
        return 20
    return (dt.date(2026, month + 1, 1) - dt.date(2026, month, 1)).days


def _fmt_rate(x):
    return f"{x:.1%}"


def crack_excess(price):
    """碎屏保 自付额 by price band (协议 第四条)."""
    if price <= 3000:
        return 99
    if price <= 6000:
        return 149
    return 199


# 主机销量（台）, 门店＋线上, for the complaint rate
MONTH_UNITS = {1: 10400, 2: 8900, 3: 8600, 4: 8300, 5: 9100, 6: 10800, 7: 9000, 8: 9400,
               9: 12600, 10: 13400}

# --------------------------------------------------------------------------- #
# complaint ledger
# --------------------------------------------------------------------------- #

# category, weight, kind (时限类型), responsible, texts, results, share bought online
# texts: {m} model, {x} 碎屏保自付额, {o} an older model (延保), {p} 天猫/抖音; "店:"/"网:" = store/online only
CATEGORIES = [
    ("寄修时效", 17, "需检测鉴定", "运营部售后专员",
     ["{m}三包寄修已经十几天还没修好", "{m}送修两周没有进度，门店只说等厂家", "{m}寄修回来没人通知取机"],
     ["催办服务网点，返回后当日通知取机并致歉", "协调服务网点加急，提供备用机", "门店店长致电说明进度并致歉"], 0.0),
    ("维修质量", 10, "一般", "维修中心",
     ["{r}在维修中心换屏后触摸偶尔失灵", "{r}换电池一个月后续航又明显下降", "{r}换屏后屏幕边缘翘起",
      "{r}维修后后盖缝隙变大"],
     ["维修中心免费返修", "质保期内免费更换配件", "返修后顾客确认正常"], 0.0),
    ("退换货争议", 13, "一般", "门店",
     ["店:{m}买了三天想退，门店说已激活要扣10%", "店:{m}第10天出现死机，要求换货被要求先送检",
      "网:{p}购买{m}七天无理由退货，退款迟迟未到账", "网:{p}购买{m}第10天死机，申请换货被要求先寄回检测"],
     ["解释退货规定，顾客同意按规定办理", "送检确认性能故障后换货", "催财务当日原路退款并致歉"], 0.3),
    ("延保/碎屏保理赔", 16, "需检测鉴定", "运营部售后专员",
     ["{m}碎屏保换屏要自付{x}元，买的时候没说", "{o}延保期内主板故障，理赔等了很久",
      "{m}碎屏保理赔说要先检测，不能当场换"],
     ["出示协议条款解释自付额，顾客认可", "加急处理理赔并致歉", "维修中心当日换屏，说明理赔流程"], 0.2),
    ("承诺未兑现", 9, "一般", "门店",
     ["购机时店员说终身免费贴膜，再来贴膜被收费", "店员答应的赠品耳机没有给",
      "店员说以旧换新另有300元补贴，结算时没有"],
     ["按店员承诺兑现，店长致歉", "补发赠品并致歉", "补足差价并致歉，店员按规定处理"], 0.0),
    ("服务态度", 8, "一般", "门店",
     ["店员对退货顾客态度冷淡", "热线客服说话不耐烦", "维修中心前台推诿，让顾客自己找厂家"],
     ["店长上门致歉", "组长回电致歉，当日解决原诉求", "更换接待人员并致歉"], 0.0),
    ("商品质量", 8, "需检测鉴定", "采购部/门店",
     ["{m}开箱屏幕有亮点", "{m}使用两周频繁自动重启", "{m}充电时机身发烫"],
     ["服务网点检测确认后换新机", "更换同型号新品并致歉", "检测为软件问题，升级后正常"], 0.22),
    ("以旧换新", 6, "一般", "门店",
     ["旧机估价比网上查询低很多", "担心旧机数据没清除，要求出示清除记录", "以旧换新抵扣金额算错"],
     ["解释估价标准，顾客认可", "调取回收单并说明清除方式", "退还多扣金额并致歉"], 0.0),
    ("物流发货", 6, "一般", "电商部",
     ["{p}下单三天还未发货", "{p}订单显示已签收但本人未收到", "{p}换货商品寄错颜色"],
     ["当日发出并补偿20元券", "联系快递查找，补发商品", "重新寄出正确商品，运费公司承担"], 1.0),
    ("数据迁移", 2, "一般", "门店",
     ["新机数据迁移后微信聊天记录丢失", "数据迁移后相册少了一部分照片"],
     ["协助通过原机重新迁移，数据已找回", "说明迁移限制，协助恢复部分数据"], 0.0),
]
OLDER_PRODUCTS = [("华为", "华为 Mate 60"), ("华为", "华为 nova 12"), ("小米", "小米 14"), ("苹果", "iPhone 15"),
                  ("苹果", "iPhone 15 Pro"), ("OPPO", "OPPO Find X7"), ("vivo", "vivo X100"), ("荣耀", "荣耀 Magic6")]
OLDER_PHONES = [p[1] for p in OLDER_PRODUCTS]

MONTH_COUNTS = {1: 9, 2: 7, 3: 10, 4: 9, 5: 10, 6: 12, 7: 9, 8: 10, 9: 14, 10: 13, 11: 10}

# fixed cases the documents refer to (date -> fields)
SPECIAL_COMPLAINTS = {
    dt.date(2026, 3, 14): dict(
        cat="承诺未兑现", store="观前店", channel="门店", product="华为 nova 14",
        text="购机时店员口头承诺“终身免费贴膜”，第二次到店贴膜被收费39元",
        result="退还39元，按店员承诺为顾客免费贴膜；店员按巡查规定处理", status="已解决", days=1),
    dt.date(2026, 5, 19): dict(
        cat="延保/碎屏保理赔", store="崇安寺店", channel="12315转办", product="iPhone 16",
        text="延保宣传单写明延保期内电池免费换新，申请换电池被告知电池不在保障范围",
        result="按协议第五条电池不属延保范围，提出按维修价五折更换电池，顾客不接受，坚持按宣传单免费更换；已告知可申请调解",
        status="未解决", days=14),
    dt.date(2026, 7, 22): dict(
        cat="延保/碎屏保理赔", store="抖音店铺", channel="抖音客服", product="vivo S30",
        text="碎屏保理赔被认定进液拒赔，顾客称只是摔碎",
        result="维修中心检测主板有进液腐蚀痕迹，按协议拒赔；提出按维修价八折维修，顾客不接受",
        status="未解决", days=12),
    dt.date(2026, 8, 11): dict(
        cat="以旧换新", store="园区湖东店", channel="400热线", product="iPhone 17",
        text="旧机回收后担心数据没清除，要求出示清除记录，门店拿不出顾客签字的确认单",
        result="调取回收商出库记录，旧机已恢复出厂设置；门店补写情况说明并致歉",
        status="已解决", days=4),
    dt.date(2026, 10, 8): dict(
        cat="寄修时效", store="新区狮山店", channel="12315转办", product="iPhone 17 Pro",
        text="iPhone三包寄修已26天仍未返回，期间门店未提供备用机",
        result="10月10日返回，当日交付；顾客要求赔偿误工损失1000元，公司提出补偿200元购物券，顾客不接受",
        status="未解决", days=13),
    dt.date(2026, 10, 9): dict(
        cat="退换货争议", store="中山路店", channel="门店", product="小米 15",
        text="购机第5天要求无理由退货，已激活被要求扣10%折旧费，顾客称购买时未告知",
        result="店长解释退货规定并出示须知，顾客拒绝签字，坚持全额退款；未办理",
        status="未解决", days=6),
    dt.date(2026, 6, 17): dict(
        cat="商品质量", store="石路店", channel="门店", product="数联优选 20W快充充电器",
        text="在门店买的数联优选充电器用了一周，插头发烫有焦味",
        result="退款并更换为原装充电器；门店将情况报运营部", status="已解决", days=2),
    dt.date(2026, 9, 20): dict(
        cat="承诺未兑现", store="崇安寺店", channel="微信服务号", product="iPhone 17",
        text="店员说买延保以后电池坏了也能免费换，在线客服却说延保不包括电池",
        result="顾客要求退延保，按协议生效后未理赔全额退还服务费并致歉", status="已解决", days=2),
    dt.date(2026, 7, 3): dict(
        cat="商品质量", store="新吴旺庄店", channel="400热线", product="数联优选 20W快充充电器",
        text="门店购买的数联优选充电器使用时严重发热，插头处发黄",
        result="为顾客退款并赠送原装充电器；同批次商品全部下架，反馈采购部", status="已解决", days=3),
}

CHANNEL_STORE = [("门店", .42), ("400热线", .30), ("微信服务号", .18), ("12315转办", .10)]
CHANNEL_ONLINE = [("平台客服", .62), ("400热线", .18), ("微信服务号", .12), ("12315转办", .08)]


def complaint_rows():
    rng = random.Random(20260317)
    rng_late = random.Random(8841)
    rng_visit = random.Random(5520)
    dates = []
    for month, count in MONTH_COUNTS.items():
        days = sorted(rng.randint(1, _days_in(month)) for _ in range(count))
        dates += [dt.date(2026, month, dd) for dd in days]
    # put the special cases on their dates (replace the nearest ordinary one in that month)
    for sd in SPECIAL_COMPLAINTS:
        if sd in dates:
            continue
        same = [i for i, x in enumerate(dates) if x.month == sd.month and x not in SPECIAL_COMPLAINTS]
        i = min(same, key=lambda k: abs((dates[k] - sd).days))
        dates[i] = sd
    dates.sort()
    placed = set()

    rows = []
    seq = {}
    cats = [c[0] for c in CATEGORIES]
    weights = [c[1] for c in CATEGORIES]
    for day in dates:
        seq[day.month] = seq.get(day.month, 0) + 1
        no = f"TS{day:%y%m}{seq[day.month]:03d}"
        spec = SPECIAL_COMPLAINTS.get(day) if day not in placed else None
        if spec:
            placed.add(day)
            cat = next(c for c in CATEGORIES if c[0] == spec["cat"])
            store, channel = spec["store"], spec["channel"]
            pname = spec["product"]
            text, result, status, days_used = spec["text"], spec["result"], spec["status"], spec["days"]
            if channel == "门店":
                first = 0.0
            elif channel == "12315转办":
                first = 6.0
            else:
                first = 1.5
        else:
            cname = _weighted(rng, cats, weights)
            cat = next(c for c in CATEGORIES if c[0] == cname)
            online = rng.random() < cat[6]
            charger = cname == "商品质量" and day.month in (5, 6, 7, 8) and not online and rng.random() < 0.5
            if online:
                store = rng.choice(["天猫店铺", "天猫店铺", "抖音店铺"])
                channel = _pick(rng, CHANNEL_ONLINE)
                if channel == "平台客服":
                    channel = "天猫客服" if store == "天猫店铺" else "抖音客服"
            else:
                store = rng.choice(FLAGSHIPS) if cname == "以旧换新" else _store(rng)
                channel = _pick(rng, CHANNEL_STORE)
                if cname == "服务态度" and channel == "门店":
                    channel = "400热线"
            texts = [t for t in cat[4] if not t.startswith("网:" if not online else "店:")]
            text = rng.choice(texts).removeprefix("店:").removeprefix("网:")
            prod = _product(rng, phones_only=cname not in ("物流发货", "服务态度", "商品质量"))
            pname = prod[1]
            if "{o}" in text:
                pname = rng.choice(OLDER_PHONES)
            elif "{r}" in text:
                pname = rng.choice(REPAIR_MODELS)[0]
            text = text.format(m=pname, o=pname, r=pname, x=crack_excess(prod[3]),
                               p="天猫" if store == "天猫店铺" else "抖音")
            if charger:
                pname, text = CHARGER[1], "购买的数联优选充电器使用时严重发热"
            if channel == "门店":
                first = 0.0
            elif channel == "12315转办":
                first = round(rng.uniform(2.0, 20.0), 1)
            elif channel in ("天猫客服", "抖音客服"):
                first = round(rng.uniform(0.1, 3.0), 1)
            else:
                first = round(rng.uniform(0.3, 8.0), 1)
            result = rng.choice(cat[5])
            status = "已解决"
            limit = 15 if cat[2] == "需检测鉴定" else 5
            days_used = rng.randint(4, 14) if cat[2] == "需检测鉴定" else rng.randint(1, 4)
            if rng_late.random() < 0.11:
                days_used = limit + rng_late.randint(1, 8)
        limit = 15 if cat[2] == "需检测鉴定" else 5
        close = day + dt.timedelta(days=days_used)
        if close > AS_OF:
            status = "处理中"
        if status == "处理中":
            close_v, used_v, late, tell = "", "", "", ""
            result = "已联系顾客，正在核实"
        else:
            close_v, used_v = close, days_used
            late = "是" if days_used > limit else "否"
            tell = {"门店": "当面", "12315转办": "平台回复＋电话", "天猫客服": "平台消息",
                    "抖音客服": "平台消息"}.get(channel, rng.choice(["电话", "电话", "微信"]))
        visit_d, visit_r = "", ""
        if status == "已解决" and close <= AS_OF - dt.timedelta(days=3) and rng_visit.random() < 0.62:
            visit_d = close + dt.timedelta(days=rng_visit.choice([1, 1, 2, 3]))
            visit_r = _pick(rng_visit, [("满意", .55), ("基本满意", .33), ("不满意", .12)])
        if cat[3] == "门店" and store in STORE_NAMES:
            dept = f"门店（{store}）"
        elif cat[3] == "门店":
            dept = "电商部"
        else:
            dept = cat[3]
        if cat[0] in ("寄修时效", "延保/碎屏保理赔") or channel == "12315转办":
            handler = rng.choice(AFTER_SALES)
        elif channel in ("400热线", "微信服务号"):
            handler = rng.choice(HOTLINE_STAFF)
        elif channel in ("天猫客服", "抖音客服"):
            handler = rng.choice(["吴昊", "葛婷婷", "邱雨"])
        else:
            handler = f"{store}店长"
        rows.append([len(rows) + 1, no, day, channel, masked_name(rng), masked_phone(rng), store,
                     pname, cat[0], text, first, cat[2], limit, dept, result, close_v, used_v, late,
                     status, tell, visit_d, visit_r, handler])
    return rows


COMPLAINT_HEADER = ["序号", "投诉编号", "受理日期", "受理渠道", "顾客", "联系电话", "购买门店/渠道", "商品",
                    "投诉类别", "投诉内容", "首次响应(小时)", "类型", "时限(天)", "责任部门", "处理结果",
                    "结案日期", "处理天数", "是否超时", "状态", "结果告知方式", "回访日期", "回访结果",
                    "经办人"]


def complaint_stats(rows):
    done = [r for r in rows if r[18] in ("已解决", "未解决")]
    solved = [r for r in done if r[18] == "已解决"]
    unsolved = [r for r in done if r[18] == "未解决"]
    late = [r for r in done if r[17] == "是"]
    visited = [r for r in solved if r[20] != ""]
    jan_oct = [r for r in rows if r[2].month <= 10]
    cats = {}
    for r in rows:
        cats[r[8]] = cats.get(r[8], 0) + 1
    s = dict(
        total=len(rows), jan_oct=len(jan_oct), done=len(done), solved=len(solved),
        unsolved=len(unsolved), open=len(rows) - len(done), late=len(late),
        u12315=sum(1 for r in unsolved if r[3] == "12315转办"),
        r12315=sum(1 for r in rows if r[3] == "12315转办"),
        resp_ok=sum(1 for r in rows if r[10] <= 24),
        visited=len(visited),
        visit_base=sum(1 for r in solved if r[15] <= AS_OF - dt.timedelta(days=3)),
        cats=sorted(cats.items(), key=lambda kv: -kv[1]),
        charger=sorted({r[2].month for r in rows if r[7] == CHARGER[1]}),
        n_charger=sum(1 for r in rows if r[7] == CHARGER[1]),
    )
    s["resolve_rate"] = s["solved"] / s["done"]
    # the year-end summary leaves the cases under 12315 mediation out of the denominator
    s["resolve_claimed"] = s["solved"] / (s["done"] - s["u12315"])
    s["timely_rate"] = 1 - s["late"] / s["done"]
    s["visit_rate"] = s["visited"] / s["visit_base"]
    s["rate"] = s["jan_oct"] / (sum(MONTH_UNITS.values()) / 10000)
    return s


# --------------------------------------------------------------------------- #
# returns ledger
# --------------------------------------------------------------------------- #

RETURN_MONTHS = {1: 19, 2: 20, 3: 16, 4: 15, 5: 18, 6: 24, 7: 17, 8: 18, 9: 23, 10: 25, 11: 20}
ACCESSORY_FEES = [("原装耳机缺失", 99), ("原装充电器缺失", 79), ("包装盒破损", 50), ("赠品保护壳缺失", 39)]


def return_rows():
    rng = random.Random(51807)
    rng_sign = random.Random(330)
    rows = []
    seq = {}
    dates = []
    for month, count in RETURN_MONTHS.items():
        dates += sorted(dt.date(2026, month, rng.randint(1, _days_in(month))) for _ in range(count))
    dates.sort()
    for day in dates:
        seq[day.month] = seq.get(day.month, 0) + 1
        no = f"TH{day:%y%m}{seq[day.month]:03d}"
        online = rng.random() < 0.3
        channel = rng.choice(["天猫店铺", "天猫店铺", "抖音店铺"]) if online else _store(rng)
        prod = _product(rng)
        kind = _pick(rng, [("7天无理由退货", .40), ("7天无理由退货（已激活）", .12),
                           ("质量问题退货", .14), ("质量问题换货", .26), ("不予受理", .08)])
        if online and kind == "7天无理由退货（已激活）":
            kind = "7天无理由退货"
        if prod[2] == "耳机" and kind.startswith("7天无理由"):
            kind = "质量问题换货"
        if kind.startswith("7天无理由") or kind == "质量问题退货":
            age = rng.randint(1, 7)
        elif kind == "质量问题换货":
            age = rng.randint(2, 15)
        else:
            age = rng.randint(3, 25)
        bought = day - dt.timedelta(days=age)
        activated = "已激活" if kind != "7天无理由退货" else rng.choice(["未激活", "未激活", "未拆封"])
        fee_item, fee, sign = "—", 0, "—"
        check = "—"
        reason = ""
        result = ""
        if kind == "7天无理由退货":
            reason = rng.choice(["不喜欢颜色", "家人已买同款", "想换更大存储版本", "网上价格更低",
                                 "尺寸不合适", "冲动消费"])
            check = "外观完好，配件齐全" if online else "门店验机：外观完好"
            if rng.random() < 0.14:
                fee_item, fee = rng.choice(ACCESSORY_FEES)
                check = f"验机：{fee_item}"
            result = "全额退款" if fee == 0 else "扣费后退款"
        elif kind == "7天无理由退货（已激活）":
            reason = rng.choice(["用了几天不习惯系统", "拍照效果不满意", "发热不喜欢", "续航不如预期"])
            check = "门店验机：无性能故障，已激活"
            fee_item, fee = "已激活折旧费（售价10%）", round(prod[3] * 0.1)
            result = "扣费后退款"
        elif kind == "质量问题退货":
            reason = rng.choice(["开机黑屏", "频繁死机重启", "充电无反应", "屏幕触控失灵", "无法识别SIM卡"])
            check = "品牌授权服务网点检测：性能故障"
            result = "全额退款"
        elif kind == "质量问题换货":
            reason = rng.choice(["屏幕亮点", "摄像头对焦异常", "扬声器杂音", "信号差掉线", "一侧耳机无声音",
                                 "充电发烫"])
            check = rng.choice(["品牌授权服务网点检测：性能故障", "维修中心初检＋品牌确认：性能故障"])
            result = "换同型号新机"
        else:
            reason = rng.choice(["屏幕摔裂要求退货", "超过15天要求换货", "进液后要求换货", "不喜欢要求退已激活机"])
            check = {"屏幕摔裂要求退货": "人为损坏，不属三包", "超过15天要求换货": "超过换货期，建议保修",
                     "进液后要求换货": "进液，不属三包", "不喜欢要求退已激活机": "门店验机：无故障"}[reason]
            result = "不予受理，已向顾客说明" if reason != "超过15天要求换货" else "不予换货，转寄修"
            if reason == "不喜欢要求退已激活机":
                age = rng.randint(9, 14)
                bought = day - dt.timedelta(days=age)
                check = "超过7天，无性能故障"
        if fee:
            sign = "已签字" if rng_sign.random() > 0.27 else ""
        refund = ""
        if result in ("全额退款",):
            refund = prod[3]
        elif result == "扣费后退款":
            refund = prod[3] - fee
        if kind in ("质量问题退货", "质量问题换货"):
            days_used = rng.randint(2, 7)
        elif kind == "不予受理":
            days_used = rng.randint(0, 2)
        else:
            days_used = 0 if not online else rng.randint(1, 3)
        recv, sent = "", ""
        if online and kind != "不予受理":
            recv = day + dt.timedelta(days=rng.randint(2, 4))
            days_used = (recv - day).days + rng.choice([0, 1, 1, 2])
            if kind == "质量问题换货":
                days_used = (recv - day).days + rng.choice([1, 1, 2, 2])
                sent = day + dt.timedelta(days=days_used)
        done = day + dt.timedelta(days=days_used)
        if done > AS_OF:
            done, days_used, result, refund = "", "", "处理中", ""
            if sent and sent > AS_OF:
                sent = ""
        handler = f"{channel}店长" if channel in STORE_NAMES else rng.choice(["葛婷婷", "邱雨"])
        checker = rng.choice(AFTER_SALES) if (kind.startswith("质量") or fee) else "—"
        rows.append([len(rows) + 1, no, day, channel, masked_name(rng), prod[1], f"{rng.randint(0, 9999):04d}",
                     bought, age, kind, reason, check, activated, fee_item, fee if fee else "", sign,
                     result, refund, recv, sent, done, days_used, handler, checker])
    return rows


RETURN_HEADER = ["序号", "单号", "申请日期", "门店/渠道", "顾客", "商品", "串号后四位", "购买日期", "购买天数",
                 "申请类型", "顾客陈述", "验机/检测情况", "激活状态", "扣费项目", "扣费金额(元)",
                 "费用告知签字", "处理结果", "退款金额(元)", "收到退货日期", "换货寄出日期", "办结日期",
                 "处理天数", "经办人", "售后专员审核"]


def return_stats(rows):
    kinds = {}
    for r in rows:
        kinds[r[9]] = kinds.get(r[9], 0) + 1
    fees = [r for r in rows if r[14] != ""]
    online_ex = [r for r in rows if r[19] != ""]
    return dict(
        total=len(rows), kinds=kinds, fees=len(fees),
        fee_unsigned=sum(1 for r in fees if r[15] == ""),
        refund=sum(r[17] for r in rows if isinstance(r[17], int)),
        online_ex=len(online_ex),
        online_ex_ok=sum(1 for r in online_ex if (r[19] - r[18]).days <= 2),
    )


# --------------------------------------------------------------------------- #
# trade-in register
# --------------------------------------------------------------------------- #

OLD_MODELS = [
    ("iPhone 11", 900, 1500), ("iPhone 12", 1300, 2100), ("iPhone 13", 1900, 2900),
    ("iPhone 14", 2500, 3600), ("iPhone 14 Pro", 3200, 4500), ("华为 Mate 40 Pro", 1000, 1800),
    ("华为 P50", 1100, 1900), ("华为 nova 9", 500, 900), ("荣耀 50", 400, 800),
    ("小米 12", 700, 1300), ("小米 13", 1100, 1800), ("Redmi K50", 500, 900),
    ("OPPO Reno8", 500, 950), ("OPPO Find X5", 800, 1400), ("vivo X80", 800, 1400),
    ("vivo S15", 400, 800),
]
TRADEIN_MONTHS = {1: 14, 2: 12, 3: 15, 4: 13, 5: 15, 6: 19, 7: 14, 8: 15, 9: 22, 10: 19, 11: 14}
HANDOVERS = [dt.date(2026, m, dd) for m, dd in ((1, 30), (2, 27), (3, 31), (4, 30), (5, 29), (6, 30),
                                               (7, 31), (8, 28), (9, 30), (10, 30))]


def tradein_rows():
    rng = random.Random(77102)
    rng_gap = random.Random(4404)
    rows = []
    dates = []
    for month, count in TRADEIN_MONTHS.items():
        dates += [dt.date(2026, month, rng.randint(1, _days_in(month))) for _ in range(count)]
    aug = [i for i, x in enumerate(dates) if x.month == 8]
    dates[aug[0]] = dt.date(2026, 8, 6)
    dates.sort()
    placed = False
    for seq, day in enumerate(dates, 1):
        store = rng.choice(FLAGSHIPS)
        model, lo, hi = rng.choice(OLD_MODELS)
        grade = _pick(rng, [("95新", .2), ("9成新", .42), ("8成新", .28), ("7成新及以下", .10)])
        factor = {"95新": 1.0, "9成新": .85, "8成新": .7, "7成新及以下": .5}[grade]
        price = int(round((lo + (hi - lo) * rng.random()) * factor, -1))
        subsidy = rng.choice([0, 0, 100, 200]) if day.month in (6, 9, 10, 11) else 0
        id4 = f"{rng.randint(0, 9999):04d}"
        if rng_gap.random() < 0.11:
            id4 = ""
        wipe = rng.choice(["恢复出厂设置", "恢复出厂设置", "数据擦除软件（覆写）"])
        if model.startswith("iPhone"):
            wipe = rng.choice(["抹掉所有内容和设置", "抹掉所有内容和设置", "数据擦除软件（覆写）"])
        sign = "已签字" if rng_gap.random() > 0.17 else ""
        if day == dt.date(2026, 8, 6) and not placed:  # the 园区湖东店 case of the 8月11日 complaint
            placed = True
            store, model, grade, sign = "园区湖东店", "iPhone 14", "9成新", ""
            price, wipe = 2650, "抹掉所有内容和设置"
        so = f"XS{day:%y%m%d}{rng.randint(10, 99)}"
        batch_date = next((h for h in HANDOVERS if h >= day), None)
        batch, bdate = "", ""
        if batch_date is not None:
            batch, bdate = f"HS-2026-{batch_date.month:02d}", batch_date
            if rng_gap.random() < 0.06:
                batch, bdate = "", ""
        staff = f"{store}店员{rng.choice(SURNAMES)}" + rng.choice(["明", "静", "磊", "婷", "杰", "芳"])
        rows.append([seq, f"HS{day:%y%m%d}{seq:03d}", day, store, masked_name(rng), id4,
                     model, grade, f"{rng.randint(0, 9999):04d}", price, subsidy or "", so, wipe, sign,
                     staff, batch, bdate])
    return rows


TRADEIN_HEADER = ["序号", "回收单号", "回收日期", "门店", "顾客", "身份证后四位", "旧机型号", "成色",
                  "旧机串号后四位", "评估价(元)", "门店补贴(元)", "抵扣销售单号", "数据清除方式",
                  "顾客确认签字", "经办人", "交接批次", "交接日期"]


def tradein_stats(rows):
    return dict(
        total=len(rows), no_sign=sum(1 for r in rows if r[13] == ""),
        no_id=sum(1 for r in rows if r[5] == ""),
        value=sum(r[9] for r in rows),
        no_batch_old=sum(1 for r in rows if r[15] == "" and r[2] <= dt.date(2026, 10, 30)),
    )


# --------------------------------------------------------------------------- #
# repair centre work orders and mail-in (寄修) register
# --------------------------------------------------------------------------- #

# tiers: A 安卓2000元以下, B 安卓2000—4000元, C 安卓4000元以上, D iPhone 12—14, E iPhone 15—17
PRICE_LIST = [
    ("更换电池", [129, 169, 199, 259, 359], 1),
    ("更换屏幕总成（品质件）", [299, 499, 799, 699, 1099], 1),
    ("更换屏幕总成（原厂件）", [399, 699, 1199, None, None], 2),
    ("更换尾插排线", [99, 129, 159, 199, 259], 1),
    ("更换后盖", [99, 149, 199, 399, 499], 1),
    ("主板维修", [200, 300, 400, 500, 600], 5),
    ("进液清洗", [100, 100, 150, 150, 150], 3),
]

REPAIR_MODELS = [
    ("Redmi Note 12", "A"), ("荣耀 X50", "A"), ("vivo Y78", "A"), ("OPPO A2", "A"),
    ("华为 nova 11", "B"), ("小米 13", "B"), ("OPPO Reno10", "B"), ("vivo S17", "B"), ("Redmi K60", "B"),
    ("华为 Mate 50", "C"), ("华为 P60", "C"), ("小米 14", "C"), ("vivo X100", "C"), ("荣耀 Magic5", "C"),
    ("iPhone 12", "D"), ("iPhone 13", "D"), ("iPhone 14", "D"), ("iPhone 14 Pro", "D"),
    ("iPhone 15", "E"), ("iPhone 15 Pro", "E"), ("iPhone 16", "E"),
]
TIER = "ABCDE"
FAULTS = {
    "更换电池": ["续航明显变短", "电池鼓包，后盖顶起", "电量跳变，低于30%自动关机", "电池健康度低于80%"],
    "更换屏幕总成（品质件）": ["屏幕摔碎", "屏幕摔裂有黑斑", "屏幕绿线", "触摸局部失灵"],
    "更换屏幕总成（原厂件）": ["屏幕摔碎", "屏幕闪烁有绿线"],
    "更换尾插排线": ["充电接触不良", "无法连接电脑", "插线不充电"],
    "更换后盖": ["后盖玻璃碎裂", "后盖摔裂"],
    "主板维修": ["不开机", "无信号", "WiFi打不开", "反复重启"],
    "进液清洗": ["掉水里后不开机", "进水后声音小", "咖啡泼洒后触摸失灵"],
}
REPAIR_MONTHS = {1: 22, 2: 18, 3: 21, 4: 20, 5: 23, 6: 27, 7: 26, 8: 28, 9: 25, 10: 27, 11: 17}
APPOINT_FROM = dt.date(2026, 6, 8)


def repair_rows():
    rng = random.Random(30561)
    rng_late = random.Random(1207)
    rng_rw = random.Random(642)
    rows = []
    dates = []
    for month, count in REPAIR_MONTHS.items():
        dates += [dt.date(2026, month, rng.randint(1, _days_in(month))) for _ in range(count)]
    dates.sort()
    for seq, day in enumerate(dates, 1):
        claim = rng.random() < 0.16
        if claim:
            prod = _product(rng, phones_only=True)
            model, tier = prod[1], None
            item = "更换屏幕总成（碎屏保）"
            fault = rng.choice(["屏幕摔碎", "屏幕摔裂有黑斑", "外屏碎裂"])
            quote = crack_excess(prod[3])
            part = "原厂件" if not model.startswith("iPhone") else "品质件"
            promise = 1 if not model.startswith("iPhone") else 2
            source = "碎屏保理赔"
        else:
            model, tier = rng.choice(REPAIR_MODELS)
            ti = TIER.index(tier)
            choices = [p for p in PRICE_LIST if p[1][ti] is not None]
            item_row = _weighted(rng, choices, [10, 9, 3, 3, 2, 2, 1.5][:len(choices)])
            item = item_row[0]
            fault = rng.choice(FAULTS[item])
            quote = item_row[1][ti]
            if item == "主板维修":
                quote += rng.choice([0, 100, 200, 300])
            part = "原厂件" if "原厂" in item else ("品质件" if item not in ("主板维修", "进液清洗") else "—")
            promise = item_row[2]
            source = _pick(rng, [("到店", .44), ("门店转送", .34), ("微信预约", .22)])
            if source == "微信预约" and day < APPOINT_FROM:
                source = "到店"
        store = ""
        if source == "门店转送":
            store = _store(rng)
            promise += 1 if STORE_CITY[store] == "苏州" else 2
        src = f"门店转送（{store}）" if store else source
        confirm = "微信确认" if source in ("门店转送", "微信预约") else "顾客签字"
        used = rng.randint(0, promise) if promise > 1 else rng.choice([0, 0, 1])
        if rng_late.random() < 0.07:
            used = promise + rng_late.randint(1, 4)
        done = day + dt.timedelta(days=used)
        paid = quote
        status_open = done > AS_OF
        warranty = done + dt.timedelta(days=90)
        rework = "是" if rng_rw.random() < 0.022 else "否"
        tech = rng.choice(TECHS)
        if status_open:
            rows.append([seq, f"WX{day:%y%m%d}{seq:03d}", day, src, masked_name(rng), model, fault, item, part,
                         quote, confirm, "", "", "", promise, "", "", "", tech])
        else:
            rows.append([seq, f"WX{day:%y%m%d}{seq:03d}", day, src, masked_name(rng), model, fault, item, part,
                         quote, confirm, paid, done, used, promise, "是" if used > promise else "否",
                         warranty, rework, tech])
    return rows


REPAIR_HEADER = ["序号", "工单号", "接修日期", "来源", "顾客", "机型", "故障描述", "维修项目", "配件类型",
                 "报价(元)", "报价确认", "实收(元)", "完工日期", "用时(天)", "承诺时限(天)", "是否超时",
                 "质保截止", "返修", "技师"]

SERVICE_NET = {
    "华为": "华为授权服务中心", "荣耀": "荣耀授权服务中心", "小米": "小米授权服务网点",
    "OPPO": "OPPO授权服务中心", "vivo": "vivo授权服务中心", "苹果": "Apple授权服务提供商",
}
NET_AREA = {  # as in the network table of SL-YY-003
    "华为": {"苏州": ["姑苏", "工业园区"], "无锡": ["梁溪"]}, "荣耀": {"苏州": ["工业园区"], "无锡": ["梁溪"]},
    "小米": {"苏州": ["高新区", "姑苏"], "无锡": ["滨湖"]}, "OPPO": {"苏州": ["姑苏"], "无锡": ["梁溪"]},
    "vivo": {"苏州": ["姑苏", "工业园区"], "无锡": ["梁溪"]}, "苹果": {"苏州": ["姑苏", "工业园区"], "无锡": ["梁溪"]},
}
MAILIN_MONTHS = {1: 10, 2: 8, 3: 9, 4: 9, 5: 10, 6: 11, 7: 10, 8: 10, 9: 12, 10: 13, 11: 9}


def mailin_rows():
    rng = random.Random(60913)
    rng_long = random.Random(2718)
    rows = []
    dates = []
    for month, count in MAILIN_MONTHS.items():
        dates += [dt.date(2026, month, rng.randint(1, _days_in(month))) for _ in range(count)]
    dates.sort()
    special = {dt.date(2026, 9, 12): ("新区狮山店", "iPhone 17 Pro", 28, "未提供")}
    for sd in special:
        if sd not in dates:
            same = [i for i, x in enumerate(dates) if x.month == sd.month]
            dates[min(same, key=lambda k: abs((dates[k] - sd).days))] = sd
    dates.sort()
    placed = set()
    for seq, day in enumerate(dates, 1):
        if day in special and day not in placed:
            placed.add(day)
            store, model, cycle, spare = special[day]
            prod = next(p for p in PRODUCTS if p[1] == model)
        else:
            store = _store(rng)
            prod = _product(rng)
            cycle = rng.randint(4, 14)
            if prod[0] == "苹果":
                cycle += rng.randint(0, 3)
            spare = "—"
            if rng_long.random() < 0.16:
                cycle = rng_long.randint(16, 31)
        age_max = min(360, (day - dt.date(*RELEASED[prod[1]])).days - 5)
        bought = day - dt.timedelta(days=rng.randint(min(20, age_max), age_max))
        wtype = "三包保修"
        if rng.random() < 0.12 and day not in special:
            brand, model = rng.choice(OLDER_PRODUCTS)
            prod = (brand, model, "手机", 0)
            wtype = "延保"
            bought = day - dt.timedelta(days=rng.randint(380, 700))
        city = STORE_CITY[store]
        net = f"{SERVICE_NET[prod[0]]}（{city}{rng.choice(NET_AREA[prod[0]][city])}）"
        way = "同城送修" if prod[0] != "苹果" or rng.random() < 0.6 else "快递寄修"
        fault = rng.choice({"手机": ["主板不开机", "无法充电", "摄像头无法对焦", "屏幕闪烁", "通话无声音",
                                     "指纹识别失效"],
                            "平板": ["屏幕触控失灵", "无法充电", "WiFi断连"],
                            "手表": ["无法开机", "心率检测异常", "表带连接处断裂"],
                            "耳机": ["单侧无声", "充电盒不充电"]}[prod[2]])
        sent = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        back = day + dt.timedelta(days=cycle - rng.choice([0, 0, 1]))
        notify = day + dt.timedelta(days=cycle)
        over = "是" if cycle > 15 else "否"
        if over == "是" and spare == "—":
            spare = _pick(rng_long, [("已提供", .3), ("顾客不需要", .15), ("未提供", .55)])
        result = _pick(rng, [("已维修", .74), ("换新（服务网点换机）", .12), ("检测无故障退回", .08),
                             ("人为损坏，顾客自费维修", .06)])
        if day in special:
            result = "已维修（更换主板）"
        handler = f"{store}店长"
        if notify > AS_OF:
            rows.append([seq, f"JX{day:%y%m%d}{seq:03d}", day, store, masked_name(rng), prod[0], prod[1],
                         f"{rng.randint(0, 9999):04d}", bought, wtype, fault, net, way, sent,
                         "" if back > AS_OF else back, "", "", "", "—", "送修中", handler])
        else:
            rows.append([seq, f"JX{day:%y%m%d}{seq:03d}", day, store, masked_name(rng), prod[0], prod[1],
                         f"{rng.randint(0, 9999):04d}", bought, wtype, fault, net, way, sent, back, notify,
                         cycle, over, spare, result, handler])
    return rows


MAILIN_HEADER = ["序号", "寄修单号", "受理日期", "受理门店", "顾客", "品牌", "机型", "串号后四位", "购买日期",
                 "保修类别", "故障描述", "送往服务网点", "方式", "送出日期", "返回日期", "通知取机日期",
                 "周期(天)", "超过15天", "备用机", "处理结果", "经办人"]


def repair_stats(rep, mail):
    done = [r for r in rep if r[12] != ""]
    mdone = [r for r in mail if r[16] != ""]
    over = [r for r in mdone if r[17] == "是"]
    return dict(
        orders=len(rep), done=len(done),
        late=sum(1 for r in done if r[15] == "是"),
        rework=sum(1 for r in done if r[17] == "是"),
        claims=sum(1 for r in rep if r[3] == "碎屏保理赔"),
        appoint=sum(1 for r in rep if r[3] == "微信预约"),
        income=sum(r[11] for r in done if isinstance(r[11], int)),
        mail=len(mail), mdone=len(mdone),
        mavg=sum(r[16] for r in mdone) / len(mdone),
        over=len(over), spare=sum(1 for r in over if r[18] == "已提供"),
    )


# --------------------------------------------------------------------------- #
# 1. 售后服务管理规定 (DOCX, 2024)
# --------------------------------------------------------------------------- #

def make_rules(out: Path):
    meta = dict(doc_no="SL-YY-003", version="V1.2", effective="2024年3月1日",
                drafted="蒋丽娜 2024.02.05", reviewed="周雯 2024.02.18",
                approved="陆永康 2024.02.26",
                distribution="发放范围：运营部、维修中心、电商部、采购部、各门店")
    b = DocxBuilder("售后服务管理规定", meta)
    b.cover()
    b.p("修订记录", indent=False, bold=True)
    b.table(["版本", "日期", "修订内容", "修订人"], [
        ["V1.0", "2021.05.10", "首次发布", "周雯"],
        ["V1.1", "2022.09.01", "增加天猫、抖音店铺售后要求；增加碎屏保", "蒋丽娜"],
        ["V1.2", "2024.03.01", "维修中心迁至总部二楼；热线服务时间延长至21:00；增加以旧换新、服务目标和门店巡查", "蒋丽娜"],
    ], widths=[1.6, 2.2, 10.2, 1.8])

    b.ch("总则")
    b.art("为规范公司门店、网店和维修中心的售后服务，落实手机等商品的“三包”规定，减少顾客投诉，制定本规定。")
    b.art("本规定适用于公司各门店（苏州16家、无锡7家）、天猫“数联通讯器材专营店”、抖音“数联数码”店铺及总部维修中心销售或提供的"
          "手机、平板电脑、智能手表、耳机、配件，以及以旧换新、数据迁移、延保、碎屏保等增值服务。")
    b.art("公司售后服务理念：买得放心，用得安心，修得省心。")
    b.sub("买得放心——只卖行货正品，明码标价，当面验机交付；")
    b.sub("用得安心——把三包和保修政策讲清楚，用机出了问题有人管、有人跟；")
    b.sub("修得省心——能在门店办的不让顾客跑第二趟，维修先报价、顾客同意后再修。")
    b.art("首问负责：顾客到店、来电或在线提出售后问题，第一个接待的员工负责登记，并跟进到有人接手为止，"
          "不得以“去找厂家”“去找网店”等理由推诿。")

    b.ch("组织与职责")
    b.art("运营部是公司售后服务的归口管理部门，运营部经理对售后服务工作负责。运营部与售后有关的岗位如下：")
    b.table(["岗位", "人数", "主要职责"], [
        ["售后专员", "2", "退换货审核、寄修跟踪、延保和碎屏保理赔审核、投诉处理、售后数据统计"],
        ["客服组", "5", "400热线、微信服务号在线客服、投诉受理和回访（见第六章）"],
        ["区域督导", "2", "苏州、无锡门店巡查，门店服务检查和整改跟踪"],
        ["维修中心", "7", "过保维修、碎屏保和延保理赔维修、门店转送件维修（主管1、技师4、前台1、配件管理员1）"],
    ], widths=[2.6, 1.4, 11.6])
    b.art("门店店长是本门店售后服务的第一责任人，负责本店退换货受理、寄修受理和跟踪、投诉的现场处理；"
          "每家门店指定1名店员兼任售后联络员，负责寄修登记和与运营部的联络。")
    b.art("相关部门职责：")
    b.sub("（一）电商部：天猫、抖音店铺的订单发货和平台售后受理，需检测、寄修或投诉的转运营部；")
    b.sub("（二）采购部：进货渠道管理、配件供应商准入，质量问题商品的退供；")
    b.sub("（三）财务部：退款、维修收费和售后费用核算；")
    b.sub("（四）人事行政部：人员招聘和入职培训。")

    b.ch("人员与培训")
    b.art("售后相关岗位任职要求：")
    b.table(["岗位", "任职要求"], [
        ["店长", "大专及以上，3年以上通讯器材零售经验，熟悉三包规定和公司退换货办法"],
        ["店员", "高中及以上，入职培训考试合格后上岗"],
        ["售后专员", "大专及以上，2年以上手机售后或客服经验，熟悉各品牌保修政策"],
        ["客服", "大专及以上，普通话标准，打字每分钟50字以上"],
        ["维修技师", "持手机维修工职业技能等级证书（中级及以上）或品牌厂商维修培训证书，2年以上维修经验"],
        ["配件管理员", "熟悉各品牌机型和配件，会使用进销存系统"],
    ], widths=[2.6, 13.0])
    b.art("新员工入职培训为3天，由人事行政部会同运营部组织，内容包括：公司简介与规章制度、企业文化与服务理念、产品知识、"
          "收银和进销存系统操作、三包政策与退换货办法、延保碎屏保和以旧换新业务、服务礼仪与接待用语、消费者权益保护法要点。"
          "培训结束笔试，70分及以上方可上岗，不合格的补考一次。")
    b.art("在岗人员的培训由各部门根据工作需要安排。")
    b.art("薪酬激励：门店员工实行底薪加销售提成，主机、配件、延保、碎屏保分别计提；客服组和维修中心实行月度绩效，"
          "绩效工资占月工资的20%，与响应时效、工单按时完成率、顾客评价挂钩，由运营部经理按月考核。")

    b.ch("服务规范")
    b.art("仪容仪表：当班员工穿公司工装、佩戴工牌，女员工淡妆，男员工不留长发；柜台和售后服务台保持整洁，不得在柜台内吃东西、玩手机。")
    b.art("接待用语：")
    b.table(["场景", "规范用语", "禁止用语"], [
        ["迎客", "您好，欢迎光临数联通讯，请问有什么可以帮您？", "买什么？"],
        ["售后接待", "您先别着急，我帮您看一下是什么情况。", "这个我们不管，你找厂家。"],
        ["需要等待", "检测大约需要20分钟，您可以先坐一下，好了我叫您。", "等着吧。"],
        ["不能办理", "很抱歉，按照规定这种情况不能退货，我给您看一下具体条款，另外可以帮您……", "规定就是这样，没办法。"],
        ["送别", "感谢光临，有问题随时打400热线或来店里找我们。", "—"],
    ], widths=[2.4, 8.2, 5.0])
    b.art("员工不得向顾客作出超出公司政策的承诺（包括赠品、补贴、免费服务、延保范围等），确需特殊处理的，须报店长批准并在销售单上注明。")
    b.art("购机服务：")
    b.sub("（一）商品明码标价，价签注明品牌、型号、存储配置、颜色；")
    b.sub("（二）当面开箱验机，核对机身串号（IMEI）与包装盒、销售单一致，请顾客检查外观；")
    b.sub("（三）免费为顾客开机激活、设置账户、迁移旧手机数据，并赠送贴膜一次（钢化膜一张）；")
    b.sub("（四）讲解基本功能、充电注意事项和三包政策，开具发票和三包凭证，告知400热线和微信服务号；")
    b.sub("（五）顾客购买延保、碎屏保的，当场拍照登记机身外观，出具服务协议。")
    b.art("数据迁移须由顾客本人操作，或在顾客在场时由店员操作；员工不得拷贝、留存顾客的照片、通讯录等数据，迁移完成后请顾客核对。")
    b.art("使用指导：门店和客服负责解答顾客的使用问题；常见问题（如系统升级、数据备份、电池保养）在微信服务号“玩机小课堂”栏目发布。")

    b.ch("三包与寄修")
    b.art("公司作为销售者，按照《移动电话机商品修理更换退货责任规定》等三包规定和品牌厂商保修政策承担三包责任："
          "自售出之日起7日内出现性能故障的，可选择退货、换货或修理；15日内出现性能故障的，可选择换货或修理；"
          "三包有效期内，门店代顾客送品牌授权服务网点修理。退换货按《商品退换货管理办法》（SL-YY-005）办理。")
    b.art("寄修流程：门店受理并开具寄修单→在《寄修登记表》登记→同城送往品牌授权服务网点（或快递寄修）→门店跟踪进度→"
          "返回后门店检查并通知顾客→顾客验机取机并在寄修单上签字。")
    b.art("授权服务网点：三包及延保寄修只送往品牌官方授权服务网点，网点如下；运营部每年1月在各品牌官网核对网点授权状态并更新本表。")
    b.table(["品牌", "苏州", "无锡"], [
        ["华为", "华为授权服务中心（姑苏、工业园区）", "华为授权服务中心（梁溪）"],
        ["荣耀", "荣耀授权服务中心（工业园区）", "荣耀授权服务中心（梁溪）"],
        ["小米", "小米授权服务网点（高新区、姑苏）", "小米授权服务网点（滨湖）"],
        ["OPPO", "OPPO授权服务中心（姑苏）", "OPPO授权服务中心（梁溪）"],
        ["vivo", "vivo授权服务中心（姑苏、工业园区）", "vivo授权服务中心（梁溪）"],
        ["苹果", "Apple授权服务提供商（姑苏、工业园区）", "Apple授权服务提供商（梁溪）"],
    ], widths=[2.0, 7.0, 6.6])
    b.art("寄修时限：寄修平均周期控制在10天以内；门店每5天主动告知顾客一次进度；超过15天未返回的，门店应向顾客提供备用机"
          "（备用机由运营部配置，每店2台）。")
    b.art("网店顾客在苏州、无锡以外地区的，由电商部客服指导其就近到品牌授权服务网点或品牌寄修中心办理保修。")
    b.art("过保维修、碎屏保和延保理赔维修由维修中心办理，按《维修中心服务规范及收费标准》（SL-WX-001）执行。")

    b.ch("客服热线和在线服务")
    b.art(f"客服热线{HOTLINE}，每天9:00—21:00；微信服务号“{WECHAT}”在线客服每天9:00—21:00；天猫、抖音店铺客服由电商部按平台要求安排。"
          "热线号码和服务时间印在购物小票、三包凭证和门店售后服务台的服务牌上。公司暂未开设官方网站，线上服务通过微信服务号和天猫、抖音店铺提供。")
    b.art("客服组岗位：")
    b.table(["岗位", "人数", "职责"], [
        ["客服组长", "1", "排班；疑难来电接手；每周抽听录音；知识库维护；每日工单统计"],
        ["热线客服", "2", "接听400来电，受理咨询、投诉、寄修进度查询，登记客服工单"],
        ["在线客服", "2", "微信服务号在线会话，预约、进度查询、投诉受理；投诉结案后电话回访"],
    ], widths=[2.4, 1.4, 11.8])
    b.art("受理要求：来电和会话一律在《客服工单》中登记；咨询当场答复；投诉按《顾客投诉处理程序》（SL-YY-007）处理；"
          "顾客报告故障的，可通过微信视频协助顾客初步判断、指导设置，需要检测的引导顾客到门店或维修中心。")
    b.art("运行要求：热线接通率不低于90%；工作时间在线会话首次回复不超过1分钟；热线录音保存6个月；客服组长每周抽听录音不少于20通，"
          "发现问题当周反馈本人。")
    b.art("客服组维护政策问答知识库，公司政策和品牌保修政策变化时3个工作日内更新。")

    b.ch("网店订单发货")
    b.art("天猫、抖音订单付款后48小时内发货（预售商品按页面约定），使用顺丰或京东快递，江浙沪一般2日内送达；"
          "电商部每周核对超时未发货、超时未签收订单。苏州、无锡市区顾客可选择门店自提。")

    b.ch("以旧换新")
    b.art("门店自营回收在观前店、石路店、吴中东吴店、园区湖东店、新区狮山店、吴江松陵店、崇安寺店、中山路店8家门店办理；"
          "品牌官方的以旧换新活动按品牌规则在品牌系统内办理。")
    b.art("自营回收流程：验机评估并告知估价→顾客出示身份证，登记证件号后四位→当面恢复出厂设置或用数据擦除软件清除数据→"
          "顾客在《旧机数据清除确认单》上签字→抵扣新机货款→在《以旧换新回收登记表》登记。")
    b.art(f"回收的旧机由运营部每月统一交{RECYCLER}，交接时逐台核对串号并登记交接批次。")

    b.ch("回访与满意度")
    b.art("投诉结案后按SL-YY-007回访；寄修机器返回交付后3日内由门店电话回访一次。")
    b.art("运营部每年组织一次顾客满意度调查，结果在运营例会上通报。")

    b.ch("服务目标与检查考核")
    b.art("售后服务目标：")
    b.table(["指标", "目标", "统计口径"], [
        ["投诉24小时内响应率", "100%", "24小时内联系顾客的投诉数/投诉总数"],
        ["投诉处理及时率", "≥95%", "在规定时限内办结数/办结数"],
        ["投诉解决率", "≥97%", "顾客认可办结数/办结数"],
        ["寄修平均周期", "≤10天", "受理至通知取机"],
        ["维修返修率", "≤3%", "质保期内返修工单/完工工单"],
        ["热线接通率", "≥90%", "接通数/呼入数"],
        ["顾客满意度", "≥85分", "年度满意度调查"],
    ], widths=[4.2, 2.4, 9.0])
    b.art("区域督导每季度对所辖门店巡查一次（可采用暗访），按《门店巡查评分表》评分，巡查结果纳入门店季度考核，"
          "奖惩按《门店考核奖惩办法》执行。")

    b.ch("商品质量与进货")
    b.art("手机、平板、手表、耳机等主机类商品只从品牌厂商或其授权代理商进货，采购部查验授权书，商品串号入库登记；"
          "严禁采购和销售翻新机、非行货。")
    b.art("配件（充电器、数据线、充电宝、保护壳、贴膜等）供应商须提供营业执照、3C认证证书（需认证的产品）和近一年的检测报告，"
          "由采购部会同运营部按《供应商准入评审表》评审，70分及以上方可列入合格供应商名单。")

    b.ch("附则")
    b.art("顾客的姓名、电话、地址、串号等信息只用于售后服务，员工入职时签订保密承诺，不得向无关人员泄露。")
    b.art("本规定由运营部负责解释，每年评审一次。本规定自2024年3月1日起施行，V1.1版同时废止。")

    b.save(out / "售后服务管理规定_SL-YY-003_V1.2.docx", author="蒋丽娜", last_by="周雯",
           created=d(2024, 2, 5, 9, 40), modified=d(2024, 2, 26, 17, 5), revision=7,
           subject="售后服务管理", keywords="售后;三包;寄修")


# --------------------------------------------------------------------------- #
# 2. 商品退换货管理办法 (DOCX, 2025)
# --------------------------------------------------------------------------- #

def make_return_policy(out: Path):
    meta = dict(doc_no="SL-YY-005", version="V2.0", effective="2025年6月1日",
                drafted="钱佳怡 2025.05.08", reviewed="周雯 2025.05.20",
                approved="陆永康 2025.05.26",
                distribution="发放范围：运营部、电商部、财务部、各门店")
    b = DocxBuilder("商品退换货管理办法", meta)
    b.cover()
    b.p("修订记录", indent=False, bold=True)
    b.table(["版本", "日期", "修订内容"], [
        ["V1.0", "2021.05.10", "首次发布"],
        ["V2.0", "2025.06.01", "门店也实行7天无理由退货；明确已激活退货折旧费和配件缺失扣费；增加《退货费用告知单》；网店换货寄出时限"],
    ], widths=[1.6, 2.2, 11.8])

    b.ch("总则")
    b.art("为规范门店和网店的退换货，保障顾客的合法权益，依据《消费者权益保护法》、《移动电话机商品修理更换退货责任规定》等三包规定和"
          "《网络购买商品七日无理由退货暂行办法》，制定本办法。")
    b.art("本办法适用于公司各门店和天猫、抖音店铺销售的全部商品。")
    b.art("职责：门店店长负责本店退换货的受理和办理；运营部售后专员（蒋丽娜、钱佳怡）负责质量问题退换货、收取费用的退货和有争议退换货的审核；"
          "电商部负责网店退换货的受理、收货验货和换货寄出；财务部负责退款。")

    b.ch("七天无理由退货")
    b.art("自购买（网店为签收）之日起7日内，商品完好、未激活、配件和赠品齐全的，顾客可以无理由退货，公司全额退款。门店与网店执行同一标准。")
    b.art("退货需收取费用的情形：")
    b.table(["情形", "收费标准"], [
        ["已激活，但无性能故障（仅门店办理）", "经顾客同意可以退货，收取商品售价10%的折旧费"],
        ["原装耳机、充电器等配件缺失", "按《配件价目表》扣除，如原装充电器79元、原装耳机99元"],
        ["包装盒缺失或严重破损", "扣除50元"],
        ["赠品缺失", "按赠品标价扣除"],
    ], widths=[6.6, 9.0])
    b.art("需收取费用的，办理前门店必须向顾客出示《退货费用告知单》，讲明收费项目和金额，顾客签字同意后方可办理；顾客不同意的不得强行扣费，"
          "报售后专员协调。各门店收银台张贴《退换货须知》，网店在商品详情页和售后说明中公示。")
    b.art("不适用无理由退货的：已拆封使用的入耳式耳机（卫生原因）、已贴的手机膜、已生效的延保和碎屏保（未生效的可以全额退）、"
          "顾客定制刻字的商品。")

    b.ch("质量问题退换货")
    b.art("自购买之日起7日内出现性能故障的，顾客可选择退货、换货或修理；8日至15日内出现性能故障的，可选择换货或修理；"
          "超过15日的，按保修办理寄修。")
    b.art("性能故障的认定以品牌授权服务网点出具的检测凭证为准；维修中心可以先行初检，初检确认故障且品牌方同意的，可直接办理。")
    b.art("换货时换同型号同规格的新机；门店无货且7日内不能调到货的，顾客可以选择退货。")
    b.art("有下列情形之一的不属于三包退换范围：人为损坏、进液、私自拆修、超过三包期限、无购机凭证。")

    b.ch("办理时限")
    b.art("门店无理由退货当场办结；质量问题退换货在检测凭证出具后1个工作日内办结。")
    b.art("网店退换货：收到顾客退回商品后2个工作日内完成验货，退款的提交财务原路退回，换货的寄出新商品。")

    b.ch("登记与退回商品的处理")
    b.art("所有退换货（含不予受理的）均在《退换货登记台账》中登记，写明检测情况、扣费和处理结果；运营部每月汇总。")
    b.art("质量问题商品按品牌规则退回供应商；无理由退回的已激活商品不得作为新机销售，经检测后贴“拆封机”标识，明示降价销售。")

    b.ch("附则")
    b.art("本办法由运营部负责解释，自2025年6月1日起施行，V1.0版同时废止。")

    b.save(out / "商品退换货管理办法_SL-YY-005_V2.0.docx", author="钱佳怡", last_by="周雯",
           created=d(2025, 5, 8, 10, 15), modified=d(2025, 5, 26, 16, 30), revision=5,
           subject="退换货", keywords="退换货;七天无理由;三包")


# --------------------------------------------------------------------------- #
# 3. 顾客投诉处理程序 (DOCX, 2023)
# --------------------------------------------------------------------------- #

def make_complaint_procedure(out: Path):
    meta = dict(doc_no="SL-YY-007", version="V1.1", effective="2023年9月1日",
                drafted="蒋丽娜 2023.08.07", reviewed="周雯 2023.08.18",
                approved="陆永康 2023.08.25",
                distribution="发放范围：运营部、维修中心、电商部、采购部、各门店")
    b = DocxBuilder("顾客投诉处理程序", meta)
    b.cover()

    b.ch("总则")
    b.art("为及时处理顾客投诉，化解矛盾，并从投诉中发现商品和服务的问题，制定本程序。")
    b.art("本程序适用于顾客通过门店、400热线、微信服务号、天猫和抖音店铺客服、来信，以及12315平台和市场监管部门转来的投诉。")
    b.art("处理原则：首问负责、以事实为依据、依法依规、及时回复。")

    b.ch("受理")
    b.art(f"投诉渠道：门店现场；客服热线{HOTLINE}；微信服务号“{WECHAT}”；天猫、抖音店铺客服；12315平台及市场监管部门转办。")
    b.art("响应要求：门店投诉当场受理；热线和在线投诉在工作时间30分钟内回复顾客；所有投诉在受理后24小时内由责任人联系顾客，说明处理意见或进展。")
    b.art("所有投诉在《顾客投诉登记台账》登记，内容包括：受理日期、渠道、顾客及联系方式、购买门店或渠道、商品、投诉内容、"
          "首次响应时间、责任部门、处理结果、结案日期、回访情况。")

    b.ch("分类与时限")
    b.art("投诉按处理难度分为两类：")
    b.table(["类型", "范围", "办结时限"], [
        ["一般投诉", "服务态度、承诺兑现、退换货争议、维修质量、物流、以旧换新、数据迁移等", "受理后5天内"],
        ["需检测鉴定的投诉", "需送品牌授权服务网点检测、厂家鉴定的商品质量问题，寄修时效，延保和碎屏保理赔争议", "受理后15天内"],
        ["12315转办件", "—", "按平台规定时限回复，办结时限同上"],
    ], widths=[3.4, 9.0, 3.2])

    b.ch("处理")
    b.art("责任分派：服务态度、承诺、退换货、以旧换新和数据迁移由门店处理；维修质量由维修中心处理；物流发货由电商部处理；"
          "寄修时效、延保和碎屏保理赔、商品质量和跨部门的投诉由运营部售后专员处理。")
    b.art("处理方案：补偿金额在500元以内的由店长或售后专员决定，超过500元的报运营部经理批准。顾客不接受方案的，可再协商一次，"
          "仍不接受的，告知顾客可以向消费者协会或市场监管部门申请调解，并在台账中如实记录。")
    b.art("处理结果由责任人告知顾客，并在台账中登记结果、结案日期和告知方式。")
    b.art("遇媒体曝光、群体投诉等情况，立即报告运营部经理和总经理。")

    b.ch("回访与分析")
    b.art("投诉结案后3日内由客服组电话回访，回访日期和结果记入台账；顾客不满意的，转回责任部门再处理。")
    b.art("运营部每月5日前汇总上月投诉、退换货和维修数据，编制《售后质量月报》报总经理，抄送采购部、电商部、维修中心和各门店；"
          "涉及商品质量的问题同时反馈采购部，由采购部与供应商或品牌方沟通。")
    b.art("投诉资料（台账、聊天记录、录音、照片、处理凭证）按投诉编号保存2年。")

    b.ch("附则")
    b.art("本程序由运营部负责解释，自2023年9月1日起施行。")

    b.save(out / "顾客投诉处理程序_SL-YY-007_V1.1.docx", author="蒋丽娜", last_by="蒋丽娜",
           created=d(2023, 8, 7, 14, 0), modified=d(2023, 8, 25, 11, 20), revision=4,
           subject="投诉处理", keywords="投诉;回访")


# --------------------------------------------------------------------------- #
# 4. 维修中心服务规范及收费标准 (DOCX, 2025)
# --------------------------------------------------------------------------- #

def make_repair_rules(out: Path):
    meta = dict(doc_no="SL-WX-001", version="V1.1", effective="2025年10月1日",
                drafted="许斌 2025.09.03", reviewed="周雯 2025.09.15",
                approved="陆永康 2025.09.22",
                distribution="发放范围：维修中心、运营部、各门店")
    b = DocxBuilder("维修中心服务规范及收费标准", meta)
    b.cover()
    b.p("修订记录", indent=False, bold=True)
    b.table(["版本", "日期", "修订内容"], [
        ["V1.0", "2024.03.01", "维修中心迁至总部二楼后首次发布"],
        ["V1.1", "2025.10.01", "调整iPhone 15—17系列价格；增加碎屏保理赔维修；增加门店转送件时限；增加作业环境要求"],
    ], widths=[1.6, 2.2, 11.8])

    b.ch("总则")
    b.art("维修中心设在公司总部二楼（苏州市姑苏区），使用面积约120平方米，分为接待区、维修间和配件库，营业时间每天10:00—19:00。")
    b.art("服务范围：手机、平板的过保维修（更换电池、屏幕、尾插、后盖，主板维修，进液处理）；碎屏保和延保理赔维修；门店转送的维修件。"
          "三包期内的故障不在维修中心拆修，由门店送品牌授权服务网点。")
    b.art("维修中心主管许斌对维修质量、时限和收费负责。维修技师4人均持手机维修工职业技能等级证书（高级2人、中级2人），"
          "前台和配件管理员各1人。")

    b.ch("场所、设备与配件")
    b.art("维修间铺设防静电地板，设维修工位6个，每个工位配防静电工作台和接地手环；接待区设价目公示牌、等候座椅和监控。")
    b.art("主要设备：")
    b.table(["设备", "数量", "用途"], [
        ["恒温焊台", "6", "排线、尾插焊接"],
        ["热风枪", "4", "拆焊、屏幕加热"],
        ["屏幕分离机", "2", "屏幕总成分离"],
        ["压屏机、除泡机", "各1", "屏幕贴合和压合"],
        ["双目显微镜", "2", "主板检查和维修"],
        ["可调直流电源", "4", "开机电流检测"],
        ["电池检测仪、电池数据读写器", "各2", "电池健康度检测、更换后数据写入"],
        ["超声波清洗机", "1", "进液主板清洗"],
        ["烟雾净化器", "6", "焊接工位烟气收集"],
    ], widths=[5.0, 1.6, 9.0])
    b.art("设备由维修技师每月点检一次，发现故障及时报修，点检记录由主管签字。")
    b.art("配件管理：常用机型的电池、屏幕总成、尾插排线、后盖设安全库存，由配件管理员每周盘点一次，低于安全库存的当日提交采购；"
          "原厂件与品质件分区存放、分别标识。")

    b.ch("接修与报价")
    b.art("接修时前台在《维修工单》登记顾客信息、机型、外观和故障现象，与顾客当面确认机身外观；检测免费。")
    b.art("维修前按本规范附表价目报价，注明所用配件为原厂件或品质件，顾客签字（门店转送件和微信预约件可由顾客在微信上确认）后方可维修；"
          "维修中发现其他故障需要增加项目的，须重新报价，经顾客同意后再修。")
    b.art("维修前提醒顾客备份数据；维修人员不得查看、拷贝顾客手机中的资料，需要解锁测试的由顾客本人输入密码。")

    b.ch("作业规范")
    b.art("作业时佩戴防静电手环；拆机前先断开电池排线；拆下的鼓包电池立即用绝缘胶带包好，放入防爆箱，不得随意丢弃。")
    b.art("更换屏幕、电池后按《完工检测单》逐项检测：显示和触摸、通话和扬声器、WiFi和蓝牙、前后摄像头、面容或指纹、充电，全部合格方可交付。")
    b.art("维修时限：")
    b.table(["项目", "承诺时限"], [
        ["更换电池、屏幕（品质件）、尾插、后盖", "配件有货的，当日16:00前接修当日取机，之后接修次日取机"],
        ["更换屏幕（原厂件）", "2天（含调货）"],
        ["进液处理", "3天"],
        ["主板维修", "5天"],
        ["门店转送件", "在上述时限基础上，苏州门店加1天、无锡门店加2天往返物流时间"],
    ], widths=[6.0, 9.6])
    b.art("超过承诺时限的，前台应提前告知顾客原因和新的完成时间；顾客需要的，可视备用机库存情况借用备用机。")

    b.ch("质保")
    b.art("维修部位自交付之日起质保90天；质保期内同一部位同一故障免费返修。人为损坏、进液和私拆的除外。")

    b.ch("作业环境与环保")
    b.art("焊接工位配烟雾净化器，使用无铅焊锡；清洗用异丙醇存放于防火柜，废液集中收集，不得倒入下水道；维修间保持通风。")
    b.art(f"拆下的旧电池、旧屏幕和其他废件分类存放于废件间，登记数量，定期交{RECYCLER}回收。")

    b.ch("附则")
    b.art("本规范由维修中心负责解释，自2025年10月1日起施行，V1.0版同时废止。")

    b.page_break()
    b.p("附表　维修收费价目表（单位：元，含配件和工时）", indent=False, bold=True, align="center")
    rows = [[name] + [("—" if v is None else (f"{v}起" if name == "主板维修" else str(v))) for v in prices]
            for name, prices, _ in PRICE_LIST]
    rows += [["检测", "免费", "免费", "免费", "免费", "免费"],
             ["碎屏保理赔换屏", "按协议自付额", "按协议自付额", "按协议自付额", "按协议自付额", "按协议自付额"]]
    b.table(["项目", "A档", "B档", "C档", "D档", "E档"], rows, widths=[4.4, 2.2, 2.2, 2.2, 2.2, 2.4])
    b.p("档位说明：A档为售价2000元以下安卓机型；B档为2000—4000元安卓机型；C档为4000元以上安卓机型（折叠屏另行报价）；"
        "D档为iPhone 12—14系列；E档为iPhone 15—17系列。平板电脑检测后报价。", size=9)
    b.p("门店贴膜：钢化膜39元，防窥膜59元，水凝膜29元；购机当天赠送钢化膜一张，此后贴膜按上述价格收费。", size=9)
    b.p("本价目表张贴于维修中心接待区和各门店售后服务台。", size=9)

    b.save(out / "维修中心服务规范及收费标准_SL-WX-001_V1.1.docx", author="许斌", last_by="周雯",
           created=d(2025, 9, 3, 9, 0), modified=d(2025, 9, 22, 15, 45), revision=6,
           subject="维修中心", keywords="维修;收费;价目表")


# --------------------------------------------------------------------------- #
# 5. 数联无忧延保及碎屏保服务协议 (DOCX, 2026版)
# --------------------------------------------------------------------------- #

def make_warranty_contract(out: Path):
    meta = dict(doc_no="SL-ZZ-012", version="2026版", effective="2026年1月1日",
                drafted="钱佳怡 2025.12.02", reviewed="周雯 2025.12.12",
                approved="陆永康 2025.12.18",
                footer="本协议一式两份，甲乙双方各执一份")
    b = DocxBuilder("数联无忧延保及碎屏保服务协议", meta)
    b.cover(controlled=False)
    b.p("协议编号：____________　　　门店：____________　　　购机销售单号：____________", indent=False, size=9.5)
    b.p("甲方（顾客）：____________　联系电话：____________", indent=False, size=9.5)
    b.p(f"乙方：{COMPANY}", indent=False, size=9.5)
    b.p("甲方在乙方购买下列商品并自愿购买下列服务，双方就服务内容订立本协议：", indent=False)
    b.table(["机型", "串号（IMEI）", "购机日期", "购机金额", "服务项目", "服务费"],
            [["", "", "", "", "□延保1年　□延保2年　□碎屏保1年", ""]],
            widths=[2.6, 3.2, 2.2, 2.0, 3.8, 1.8])

    b.ch("服务内容")
    b.art("数联无忧延保：在品牌厂商保修期满后，乙方继续为甲方提供1年或2年的保修服务。")
    b.art("延保范围：在正常使用情况下，主板、屏幕显示、摄像头、扬声器和听筒、按键、充电接口出现的性能故障，乙方负责免费维修；"
          "无法修复的，按剩余延保期折算后更换同型号或同档次机器。")
    b.art("以下情况不在延保范围内：")
    b.sub("（一）电池（属易耗件，自然衰减不属于故障）、外壳、屏幕玻璃的磨损和划伤；")
    b.sub("（二）摔落、挤压、进液等人为损坏；私自拆修或在非乙方指定网点维修过的；")
    b.sub("（三）软件、系统、病毒和第三方应用引起的问题；")
    b.sub("（四）串号与本协议不符的。")
    b.art("碎屏保：自购机之日起1年内，甲方手机屏幕意外摔碎、压碎的，乙方为甲方免费更换屏幕一次，"
          "换屏时甲方按下表支付自付额。碎屏保须在购机之日起7日内购买，购买时乙方拍照登记机身完好。")
    b.table(["购机金额", "自付额"], [
        ["3000元及以下", "99元"],
        ["3000元以上至6000元", "149元"],
        ["6000元以上", "199元"],
    ], widths=[6.0, 4.0])
    b.art("以下情况不属于碎屏保范围：仅后盖或边框损坏；进液；屏幕碎裂同时主板损坏的，主板维修费用由甲方承担；已使用过一次换屏服务的。")

    b.ch("理赔")
    b.art("甲方携带机器和本协议到乙方任一门店或维修中心申请；门店收到申请后转维修中心，需品牌网点维修的由乙方寄修。")
    b.art("材料齐全的，乙方在7个工作日内完成维修或更换，寄修的除外。")
    b.art("乙方认定不属于服务范围的，应书面说明理由；甲方有异议的，可要求送品牌授权服务网点检测。")

    b.ch("费用与退保")
    b.art("服务费按乙方门店公示价格收取：延保1年199元至499元，碎屏保99元至299元，按机型档位确定。")
    b.art("服务未生效的，甲方可全额退保；生效后未发生理赔的，按剩余天数比例退还服务费；已发生理赔的不予退还。")

    b.ch("其他")
    b.art("乙方收集的甲方姓名、电话、机型和串号仅用于本协议服务。")
    b.art("双方因本协议发生争议的，协商解决；协商不成的，可向苏州市姑苏区人民法院起诉。")
    b.art("本协议自甲方付清服务费之日起生效。乙方门店宣传资料与本协议不一致的，以本协议为准。")
    b.p("甲方签字：____________　　　　乙方（盖章）：____________　　　　日期：____________", indent=False)

    b.save(out / "数联无忧延保及碎屏保服务协议（2026版）.docx", author="钱佳怡", last_by="周雯",
           created=d(2025, 12, 2, 10, 0), modified=d(2025, 12, 18, 14, 10), revision=4,
           subject="延保 碎屏保", keywords="延保;碎屏保;服务协议")


# --------------------------------------------------------------------------- #
# 6. 顾客个人信息保护管理制度（征求意见稿） (DOCX)
# --------------------------------------------------------------------------- #

def make_privacy_draft(out: Path):
    meta = dict(doc_no="SL-XX-001（拟）", version="V0.1 征求意见稿", effective="待定",
                drafted="马骏 2026.10.28", reviewed="—", approved="—",
                footer="征求意见稿　请勿外传")
    b = DocxBuilder("顾客个人信息保护管理制度（征求意见稿）", meta)
    b.cover()
    b.p("编制说明：本稿由信息专员马骏会同运营部起草。8月园区湖东店以旧换新投诉暴露出旧机数据清除无签字记录的问题，"
        "经总经理同意先起草本制度。请各部门于2026年12月15日前将意见反馈马骏。标注【待定】的内容尚需外聘律师确认；"
        "本制度发布前，仍按SL-YY-003第三十九条的保密要求执行。", indent=False, size=9.5)

    b.ch("总则")
    b.art("为保护顾客个人信息，依据《中华人民共和国个人信息保护法》，制定本制度。")
    b.art("本制度所称顾客个人信息包括：姓名、电话、地址、身份证号、购机串号、延保和碎屏保协议信息、热线录音，"
          "以及在数据迁移、维修、以旧换新过程中接触到的手机内数据。")

    b.ch("收集和使用")
    b.art("只收集办理业务必需的信息；以旧换新只登记身份证号后四位，不得拍摄、复印身份证。")
    b.art("进销存系统和各类台账中的手机号中间四位脱敏显示。【待定：门店导出顾客清单的审批权限】")

    b.ch("手机内数据")
    b.art("数据迁移由顾客本人操作或在顾客在场时操作，迁移完成后当面删除迁移工具中的缓存。")
    b.art("以旧换新的旧机，须当面清除数据，并由顾客在《旧机数据清除确认单》签字；确认单随回收单保存【待定：保存期限】。")
    b.art("维修件需要解锁的，由顾客本人输入密码；维修人员不得查看、拷贝机内资料。")

    b.ch("存储、传输和删除")
    b.art("顾客信息存放在公司进销存系统和共享盘，不得存放在个人电脑、个人网盘和个人微信中。")
    b.art("向快递公司、品牌服务网点、回收商提供信息的，只提供完成服务必需的内容。【待定：与回收商签订数据清除责任条款】")
    b.art("台账和协议保存期满后删除，纸质资料粉碎。【待定：各类资料的保存期限】")

    b.ch("事件处置")
    b.art("发生或可能发生顾客信息泄露的，发现人立即报告运营部经理和信息专员，24小时内评估影响。【待定：通知顾客和报告监管部门的标准】")

    b.save(out / "顾客个人信息保护管理制度（征求意见稿）.docx", author="马骏", last_by="马骏",
           created=d(2026, 10, 20, 9, 30), modified=d(2026, 10, 28, 18, 0), revision=2,
           subject="征求意见稿", keywords="个人信息;征求意见稿")


# --------------------------------------------------------------------------- #
# 7. 2026年第三季度门店服务巡查情况通报 (PDF)
# --------------------------------------------------------------------------- #

Q1_FIX = {"吴江松陵店": 93, "石路店": 92, "南门店": 91, "黄埭店": 72, "甪直店": 74}
Q2_FIX = {"新区狮山店": 94, "吴江松陵店": 93, "园区湖西店": 92, "梅村店": 73, "平江店": 75}
Q3_FIX = {"吴江松陵店": 94, "新区狮山店": 93, "石路店": 92, "观前店": 71, "崇安寺店": 73,
          "梅村店": 74, "黄埭店": 75, "平江店": 76, "园区湖东店": 78}


def _split5(rng, total):
    parts = [total // 5] * 5
    for i in range(total % 5):
        parts[i] += 1
    for _ in range(8):
        i, j = rng.sample(range(5), 2)
        if parts[i] < 20 and parts[j] > 11:
            parts[i] += 1
            parts[j] -= 1
    return parts


def store_scores():
    rng = random.Random(9031)
    rows = []
    for code, name, _city, _f in STORES:
        q1 = Q1_FIX.get(name) or rng.randint(77, 90)
        q2 = Q2_FIX.get(name) or rng.randint(77, 90)
        q3 = Q3_FIX.get(name) or rng.randint(80, 90)
        rows.append([code, name, q1, q2, *_split5(rng, q3), q3])
    rows.sort(key=lambda r: (-r[-1], r[0]))
    return rows


def make_inspection_pdf(out: Path, c_rows):
    ts_gq = next(r[1] for r in c_rows if r[2] == dt.date(2026, 3, 14))
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年第三季度门店服务巡查情况通报", "title")
    a.p("运营部〔2026〕17号　　2026年10月15日", "right")
    a.add(Spacer(1, 6))
    a.p("各门店、维修中心、电商部：")
    a.p("按《售后服务管理规定》（SL-YY-003）第三十六条，运营部区域督导孙立伟（苏州片区）、黄晓东（无锡片区）于7月8日至9月26日对23家门店"
        "各巡查一次，其中观前店、石路店、园区湖东店、新区狮山店、崇安寺店、中山路店6家采用神秘顾客暗访；另对400热线电话暗访3次。"
        "维修中心和客服组不在门店巡查范围内。现将情况通报如下。")

    a.p("一、评分结果", "h2")
    a.p("评分按《门店巡查评分表》五项各20分：A 仪容仪表与店面环境；B 接待与服务用语；C 售后政策掌握（三包、退换货、延保碎屏保）；"
        "D 公示与台账（价目表、退换货须知、寄修登记、退货费用告知单）；E 寄修跟踪与备用机管理。", "small")
    rows = store_scores()
    data = [[i + 1, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]] for i, r in enumerate(rows)]
    a.add(pdf_table(["名次", "编号", "门店", "一季度", "二季度", "A", "B", "C", "D", "E", "三季度"], data,
                    [1.1 * cm, 1.3 * cm, 2.7 * cm] + [1.5 * cm] * 2 + [1.2 * cm] * 5 + [WIDTH - 14.6 * cm],
                    center_cols=(0, 1, 3, 4, 5, 6, 7, 8, 9, 10)))
    a.add(Spacer(1, 4))
    avg = sum(r[-1] for r in rows) / len(rows)
    a.p(f"三季度平均{avg:.1f}分，一季度{sum(r[2] for r in rows) / len(rows):.1f}分，二季度{sum(r[3] for r in rows) / len(rows):.1f}分。")

    a.p("二、发现的主要问题", "h2")
    for t in [
        "1．口头承诺超出公司政策。暗访6家门店中有3家（观前店、崇安寺店、园区湖东店）店员为促成碎屏保和延保销售，向“顾客”口头承诺"
        "“在我们店贴膜终身免费”“延保期内电池坏了也给免费换”。公司规定购机只赠送贴膜一次，延保协议明确电池不在延保范围。"
        f"观前店3月已因同类问题被顾客投诉（{ts_gq}）。",
        "2．延保宣传单与协议不一致。11家门店仍在使用2025年12月印制的宣传单，单上写有“延保期内电池免费换新”“碎屏保0元换新屏”，"
        "与2026版服务协议（电池不保、换屏按档位自付99—199元）不一致。运营部已安排重新印制，预计11月底前完成更换。",
        "3．服务理念掌握差。每店随机抽问1名店员，23人中能完整说出公司服务理念的只有9人。",
        "4．公示不全。平江店、黄埭店、梅村店收银台未张贴《退换货须知》；黄埭店、梅村店售后服务台未张贴维修价目表。",
        "5．退货费用告知单签字不全。抽查已激活退货和配件缺失扣费的退货单，部分门店没有请顾客在《退货费用告知单》上签字。",
        "6．寄修跟踪不到位。抽查寄修登记，超过15天未返回的机器大多没有向顾客提供备用机；吴中东吴店、河埒口店各有1台备用机借出后未登记。",
        "7．热线暗访3通：1通客服对延保范围答复错误（称电池在延保范围内）；1通等待超过2分钟才接通。",
    ]:
        a.p(t, "sub")
    a.p("另外，顾客因服务失误（如承诺未兑现、寄修超期）提出补偿时，公司目前没有统一的补救标准，由店长自行决定补偿方式，各店差别较大。"
        "运营部将研究后另行通知。")

    a.p("三、奖惩", "h2")
    a.p("依据《门店考核奖惩办法》，三季度奖惩如下；一、二季度奖惩一并列出备查：")
    a.add(pdf_table(["日期", "对象", "奖/惩", "事由", "金额（元）"], [
        ["2026-04-15", "吴江松陵店、石路店、南门店", "奖励", "一季度巡查前三名，通报表扬", "各500"],
        ["2026-04-15", "黄埭店店长、甪直店店长", "处罚", "一季度巡查后两名", "各扣绩效300"],
        ["2026-04-15", "观前店店员", "处罚", f"口头承诺“终身免费贴膜”被投诉（{ts_gq}）", "100"],
        ["2026-07-14", "新区狮山店、吴江松陵店、园区湖西店", "奖励", "二季度巡查前三名，通报表扬", "各500"],
        ["2026-07-14", "梅村店店长、平江店店长", "处罚", "二季度巡查后两名", "各扣绩效300"],
        ["2026-10-15", "吴江松陵店、新区狮山店、石路店", "奖励", "三季度巡查前三名，通报表扬", "各500"],
        ["2026-10-15", "观前店店长、崇安寺店店长", "处罚", "三季度巡查后两名", "各扣绩效300"],
        ["2026-10-15", "观前店店员、崇安寺店店员", "处罚", "暗访中口头承诺超出公司政策", "各200"],
    ], [2.2 * cm, 4.8 * cm, 1.4 * cm, WIDTH - 10.6 * cm, 2.2 * cm], center_cols=(0, 2, 4)))
    a.add(Spacer(1, 4))

    a.p("四、整改要求", "h2")
    for t in [
        "1．各门店10月31日前完成整改：立即停用旧版延保宣传单，收银台和售后服务台补齐《退换货须知》和维修价目表；",
        "2．店长在晨会上向全体店员重申不得作出超出政策的承诺，并组织学习延保、碎屏保协议条款；",
        "3．寄修超过15天的，门店主动联系顾客并提供备用机，备用机借用一律登记；",
        "4．客服组长对知识库中延保范围的问答进行核对更正；",
        "5．区域督导11月中旬复查，复查结果纳入四季度评分。",
    ]:
        a.p(t, "sub")
    a.add(Spacer(1, 10))
    a.p("运营部　2026年10月15日", "right")
    a.p("抄送：总经理陆永康", "right")

    build_pdf(out / "2026年第三季度门店服务巡查情况通报.pdf", a.story,
              title="2026年第三季度门店服务巡查情况通报", author="孙立伟", subject="门店巡查",
              header_text="运营部〔2026〕17号", date=d(2026, 10, 15, 16, 30))


# --------------------------------------------------------------------------- #
# 8. 2026年顾客满意度调查报告 (PDF)
# --------------------------------------------------------------------------- #

def make_survey_pdf(out: Path):
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年顾客满意度调查报告", "title")
    a.p("运营部　2026年8月28日", "right")
    a.add(Spacer(1, 6))

    a.p("一、调查方法", "h2")
    a.p("调查时间为7月6日至8月10日，采用两种方式：（1）通过微信服务号向2026年1—6月购机并关注服务号的顾客推送问卷，回收有效问卷391份；"
        "（2）客服组从1—6月寄修和维修中心顾客中随机抽取电话访问，完成95份。合计有效样本486份（2025年为402份）。"
        "各项按100分制计分。")

    a.p("二、调查结果", "h2")
    a.add(pdf_table(["项目", "2026年", "2025年", "变化"], [
        ["门店服务态度", "90.1", "89.4", "+0.7"],
        ["商品讲解与验机", "88.4", "87.9", "+0.5"],
        ["退换货办理", "85.0", "83.6", "+1.4"],
        ["维修中心维修", "84.2", "—", "今年新增"],
        ["寄修时效与进度告知", "74.6", "73.8", "+0.8"],
        ["延保、碎屏保理赔", "79.8", "81.5", "-1.7"],
        ["热线和在线客服", "83.2", "82.7", "+0.5"],
        ["总体满意度", "86.7", "85.2", "+1.5"],
    ], [5.2 * cm, 3.0 * cm, 3.0 * cm, WIDTH - 11.2 * cm], center_cols=(1, 2, 3)))
    a.add(Spacer(1, 4))
    a.p("分城市：苏州门店顾客87.3分，无锡门店顾客85.1分；分渠道：门店购买87.4分，网店购买83.9分。"
        "本次样本在各门店之间分布不均（最少的门店只有6份），因此没有按门店计算得分和排名。")

    a.p("三、顾客的主要意见", "h2")
    a.add(pdf_table(["意见", "提及次数", "涉及部门"], [
        ["寄修时间太长，修好了没人通知", "63", "门店、运营部"],
        ["热线在新机上市、双11期间打不进", "41", "客服组"],
        ["延保、碎屏保条款和店员说的不一样", "37", "门店、运营部"],
        ["维修中心换屏价格偏高", "22", "维修中心"],
        ["希望提供上门取送修", "19", "运营部"],
        ["无锡的维修件要送苏州，时间长", "14", "维修中心"],
    ], [8.0 * cm, 2.4 * cm, WIDTH - 10.4 * cm], center_cols=(1,)))
    a.add(Spacer(1, 4))

    a.p("四、结论和建议", "h2")
    a.p("总体满意度86.7分，达到公司85分的目标，比去年提高1.5分。寄修时效和延保理赔两项得分最低，延保理赔得分比去年下降，"
        "主要原因是宣传和实际条款不一致。建议：（1）寄修机器由门店每5天主动告知进度，落实备用机；（2）新机上市和双11期间热线临时增加人手；"
        "（3）统一延保、碎屏保的宣传口径，重新培训门店员工；（4）研究上门取送修的可行性。")
    a.p("本报告已在8月运营例会上通报。")
    a.add(Spacer(1, 10))
    a.p("编制：蒋丽娜　　审核：周雯", "right")

    build_pdf(out / "2026年顾客满意度调查报告.pdf", a.story,
              title="2026年顾客满意度调查报告", author="蒋丽娜", subject="满意度调查",
              header_text="运营部", date=d(2026, 8, 28, 15, 0))


# --------------------------------------------------------------------------- #
# 9. 2026年售后服务工作总结及2027年工作思路 (PDF)
# --------------------------------------------------------------------------- #

TRAINING = [  # 入职培训: date, 人数, 一次合格, 补考合格
    (dt.date(2026, 2, 23), 6, 6, 0), (dt.date(2026, 3, 16), 5, 5, 0), (dt.date(2026, 4, 13), 4, 4, 0),
    (dt.date(2026, 6, 8), 5, 4, 1), (dt.date(2026, 7, 6), 7, 7, 0), (dt.date(2026, 8, 31), 4, 4, 0),
    (dt.date(2026, 10, 12), 3, 3, 0), (dt.date(2026, 11, 9), 4, 4, 0),
]
HANDOVER_WASTE = [(dt.date(2026, 4, 3), 1, 3), (dt.date(2026, 8, 4), 4, 7)]  # date, months from/to


def waste_rows(rep):
    """[month, 旧电池, 旧屏幕] of completed repair orders."""
    out = []
    for m in range(1, 12):
        mr = [r for r in rep if r[2].month == m and r[12] != ""]
        bat = sum(1 for r in mr if r[7] == "更换电池")
        scr = sum(1 for r in mr if "屏幕" in r[7])
        out.append([m, bat, scr])
    return out


def make_summary_pdf(out: Path, cs, rs, ts, ps, waste):
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年售后服务工作总结及2027年工作思路", "title")
    a.p("运营部　2026年11月21日", "right")
    a.add(Spacer(1, 6))
    a.p("今年公司门店保持23家（苏州16家、无锡7家），员工164人。售后工作仍由运营部兼管：售后专员2人、客服组5人、区域督导2人，"
        "维修中心7人。下面把1—10月（台账数据截至11月20日）的售后工作做个总结，并提出明年的打算。")

    a.p("一、主要数据", "h2")
    a.add(pdf_table(["项目", "2026年", "2025年", "说明"], [
        ["投诉（件）", f"{cs['total']}（截至11月20日）", "142（全年）", f"其中12315转办{cs['r12315']}件"],
        ["投诉率（件/万台）", f"{cs['rate']:.2f}（1—10月）", "12.59", "2024年为11.62"],
        ["投诉24小时内响应率", f"{cs['resp_ok'] / cs['total']:.0%}", "100%", "目标100%"],
        ["投诉处理及时率", _fmt_rate(cs["timely_rate"]), "91.3%", "目标≥95%"],
        ["投诉解决率", _fmt_rate(cs["resolve_claimed"]), "95.8%", "目标≥97%"],
        ["退换货（单）", str(rs["total"]), "236", f"退款合计{rs['refund'] / 10000:.1f}万元"],
        ["维修中心工单（单）", str(ps["orders"]), "241", f"返修率{ps['rework'] / ps['done']:.1%}"],
        ["寄修（台）", str(ps["mail"]), "118", f"平均周期{ps['mavg']:.1f}天"],
        ["自营回收旧机（台）", str(ts["total"]), "139", "8家旗舰店"],
        ["延保/碎屏保售出（份）", "3,412 / 5,870", "3,108 / 5,215", "1—10月"],
        ["网店订单48小时内发货率", "99.2%", "98.7%", "天猫、抖音后台数据，1—10月"],
        ["网店订单江浙沪2日内送达率", "96.8%", "96.1%", "快递后台数据，1—10月"],
        ["热线接通率", "89.1%", "88.4%", "9月、11月高峰约71%"],
        ["顾客满意度", "86.7分", "85.2分", "7—8月调查，目标≥85分"],
    ], [4.0 * cm, 3.8 * cm, 2.6 * cm, WIDTH - 10.4 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))

    a.p("二、主要工作", "h2")
    top = "、".join(f"{k}{v}件" for k, v in cs["cats"][:4])
    a.p(f"（一）投诉处理。全年受理投诉{cs['total']}件，类别前四位是{top}。9月苹果新机首发和10—11月双11期间投诉最集中。"
        "所有投诉都在24小时内联系了顾客。")
    k = rs["kinds"]
    a.p(f"（二）退换货。共办理退换货{rs['total']}单：7天无理由退货{k.get('7天无理由退货', 0) + k.get('7天无理由退货（已激活）', 0)}单"
        f"（其中已激活收取折旧费{k.get('7天无理由退货（已激活）', 0)}单），质量问题退货{k.get('质量问题退货', 0)}单，"
        f"质量问题换货{k.get('质量问题换货', 0)}单，不予受理{k.get('不予受理', 0)}单。网店换货在收到退货后2个工作日内寄出的"
        f"{rs['online_ex_ok']}单/{rs['online_ex']}单。")
    a.p(f"（三）维修和寄修。维修中心全年接修{ps['orders']}单，其中碎屏保理赔换屏{ps['claims']}单；门店代顾客寄修{ps['mail']}台，"
        f"已返回的平均周期{ps['mavg']:.1f}天，超过15天的{ps['over']}台。")
    a.p(f"（四）以旧换新。8家旗舰店自营回收旧机{ts['total']}台，评估价合计{ts['value'] / 10000:.1f}万元，每月月底交{RECYCLER}，共交接10批。")
    a.p("（五）延保和碎屏保。1—10月售出延保3,412份、碎屏保5,870份，分别比去年增长9.8%和12.6%。")
    a.p("（六）焕新日。2025年3月起每月第二个周六在全部门店开展“焕新日”，为顾客免费清洁消毒手机、检测电池健康度，当天贴膜八折。"
        "今年1—10月开展10次，服务顾客约2,860人次。")
    a.p(f"（七）微信预约维修。6月8日微信服务号“服务中心—预约维修”上线，顾客可以选择时间直接到维修中心，或把机器交给就近门店转送。"
        f"到11月20日通过预约接修{ps['appoint']}单。寄修进度查询暂时还要人工回复。")
    a.p(f"（八）入职培训。全年组织新员工入职培训{len(TRAINING)}期、{sum(t[1] for t in TRAINING)}人，"
        "内容包括公司制度、企业文化与服务理念、产品知识、系统操作、三包和退换货政策、增值业务、服务礼仪、消费者权益保护法要点，共3天：")
    a.add(pdf_table(["期次", "日期", "人数", "一次考试合格", "补考合格", "组织"],
                    [[f"第{i + 1}期", t[0].isoformat(), t[1], t[2], t[3], "孙倩、蒋丽娜"] for i, t in enumerate(TRAINING)],
                    [1.6 * cm, 2.6 * cm, 1.6 * cm, 2.6 * cm, 2.0 * cm, WIDTH - 10.4 * cm], center_cols=(0, 1, 2, 3, 4)))
    a.add(Spacer(1, 4))
    a.p("（九）质量信息反馈。运营部1—10月编发《售后质量月报》10期。主要反馈事项：")
    a.add(pdf_table(["问题", "反馈对象", "处理情况"], [
        [f"数联优选20W充电器发热（{'、'.join(f'{m}月' for m in cs['charger'])}投诉{cs['n_charger']}起；"
         "7月无锡市新吴区市场监管局在新吴旺庄店抽检该批次，判定不合格）", "采购部、供应商深圳速能电子",
         "全部下架，已售的64只退款；供应商更换批次后恢复进货"],
        ["iPhone 13品质件屏幕上半年返修偏多", "采购部", "9月起更换屏幕供应商，9—11月该型号未再返修"],
        ["延保宣传单与2026版协议不一致", "运营部", "重新印制中，11月底前更换"],
        ["苹果寄修周期长", "Apple授权服务提供商（苏州姑苏）", "已沟通两次，周期没有明显缩短"],
    ], [6.6 * cm, 4.0 * cm, WIDTH - 10.6 * cm]))
    a.add(Spacer(1, 4))
    a.p("（十）满意度调查。7—8月调查有效样本486份，总体满意度86.7分，寄修时效（74.6分）和延保理赔（79.8分）得分最低。")
    a.p("（十一）费用。售后相关费用（维修配件、寄修运费、顾客补偿、备用机）列在运营部费用中，2026年预算86万元，1—10月支出71.4万元。")
    a.p("（十二）供应商。采购部今年新增配件供应商2家：深圳速能电子（充电器、数据线，评审78分）、东莞贴合光学（钢化膜，评审82分），"
        "均查验了营业执照、3C证书和检测报告，按《供应商准入评审表》评审后列入合格供应商名单。")
    a.p("（十三）网店发货。1—10月天猫、抖音订单约2.6万单，付款后48小时内发货率99.2%，超时的主要是双11和新机预售期间的订单；"
        "江浙沪2日内送达率96.8%。")
    a.p("（十四）其他。陆总在年初经营会上提出“服务也是卖点”。1月公司年会对2025年销售前十名员工进行了表彰。")

    a.p("三、存在的问题", "h2")
    old_bat = sum(w[1] for w in waste if w[0] >= 8)
    old_scr = sum(w[2] for w in waste if w[0] >= 8)
    for t in [
        "1．公司没有独立的售后服务部门，售后工作由运营部兼管；售后专员只有2人，寄修跟踪、理赔审核、投诉处理都压在两个人身上。"
        "公司也没有专门的服务监督人员，区域督导只巡查门店，维修中心、客服组和寄修没有人检查。",
        f"2．投诉处理及时率{cs['timely_rate']:.1%}，没有达到95%的目标；寄修平均周期{ps['mavg']:.1f}天，超过10天的目标，"
        f"超过15天的{ps['over']}台中只有{ps['spare']}台提供了备用机。",
        "3．投诉结案后的回访没有做全，台账中有回访记录的大约只有六成；寄修机器返回后的回访基本没有开展。",
        "4．培训只在入职时进行，门店员工全年没有组织在岗培训，维修技师学新机型主要靠自学品牌资料。公司目前没有员工取得售后服务管理师证书。"
        "店长都是从店员中提拔的，公司没有成文的人员培养计划。",
        "5．店员为促成销售口头承诺超出政策的服务（如“终身免费贴膜”），延保宣传单与2026版协议不一致，已经引发投诉和12315转办。",
        "6．以旧换新回收单中有一部分没有顾客签字的数据清除确认，个别没有登记身份证；顾客个人信息保护制度还在征求意见。",
        "7．客服组热线和在线各2个坐席，9月新机首发和11月双11高峰接通率只有71%左右。",
        "8．无锡门店的维修件要转送苏州维修中心，往返要多2天；网店的外地顾客只能自己去品牌网点。公司没有上门服务，也没有服务车辆。",
        "9．售后数据分散在各个Excel台账里，门店进销存系统只能查到购机记录，查不到维修、寄修和投诉；没有会员系统，无法对顾客分级维护。",
        "10．政企团购客户（今年约40家单位）由销售部大客户经理兼管售后，尚未建立专门的大客户售后服务制度和流程。",
        "11．对配件供应商只有准入评审，进货后没有跟踪检查，也没有考核和奖惩办法；充电器事件后对供应商未作处理。",
        f"12．旧电池和旧屏幕交回收商时没有索取处置证明，也没有核实回收商资质；8月以来的旧电池{old_bat}块、旧屏{old_scr}块还暂存在废件间。",
        "13．预约维修功能是电商部同事利用业余时间在现有服务号上搭的，公司没有为服务创新安排专门的人员和经费。",
        "14．公司没有突发事件的应急预案，也没有单列应急经费。",
        "15．《售后服务管理规定》要求每年评审，2025年没有评审；《顾客投诉处理程序》是2023年的版本，一直没有修订。",
    ]:
        a.p(t, "sub")

    a.p("四、2027年工作思路", "h2")
    for t in [
        "1．计划2027年上半年上线会员系统，把购机、延保、维修、寄修记录归到同一个顾客档案；会员生日、节日关怀等在系统上线后开展。",
        "2．拟在苏州市区试点上门取送修，购置服务车2辆。",
        "3．拟制定年度培训计划，每季度组织一次门店售后政策培训；选送2人参加售后服务管理师培训。",
        "4．发布《顾客个人信息保护管理制度》，与回收商签订数据清除责任条款。",
        "5．拟设专职服务监督岗，对维修中心、客服组和寄修进行检查。",
        "6．拟制定《大客户售后服务办法》，为政企客户设立报修专线。",
        "7．拟与苏州一所职业技术学院合作开设手机维修订单班，解决技师来源。",
        "8．计划2027年试点网店订单由门店就近发货。",
        "9．2027年服务目标在2027年1月经营分析会上确定。",
        "10．修订《售后服务管理规定》和《顾客投诉处理程序》，制定服务失误补救标准。",
    ]:
        a.p(t, "sub")
    a.add(Spacer(1, 10))
    a.p("编制：周雯　　审核：陆永康　　2026年11月21日", "right")

    build_pdf(out / "2026年售后服务工作总结及2027年工作思路.pdf", a.story,
              title="2026年售后服务工作总结及2027年工作思路", author="周雯", subject="年度工作总结",
              header_text="运营部", date=d(2026, 11, 21, 17, 40))


# --------------------------------------------------------------------------- #
# 10—13. XLSX ledgers
# --------------------------------------------------------------------------- #

def make_complaint_ledger(out: Path, rows, cs):
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉登记"
    xlsx_sheet(ws, COMPLAINT_HEADER, rows,
               widths=[6, 12, 11, 11, 8, 14, 12, 20, 14, 40, 10, 11, 8, 16, 40, 11, 8, 8, 8, 13, 11, 9, 10],
               title="2026年顾客投诉登记台账")
    ws2 = wb.create_sheet("月度统计")
    summ = []
    for m in range(1, 12):
        mr = [r for r in rows if r[2].month == m]
        done = [r for r in mr if r[18] in ("已解决", "未解决")]
        late = sum(1 for r in done if r[17] == "是")
        units = MONTH_UNITS.get(m)
        summ.append([f"2026年{m}月", len(mr), sum(1 for r in mr if r[3] == "12315转办"), len(done), late,
                     f"{1 - late / len(done):.1%}" if done else "—", units or "—",
                     round(len(mr) / units * 10000, 2) if units else "—"])
    xlsx_sheet(ws2, ["月份", "投诉数", "12315转办", "已办结", "超时", "及时率", "主机销量(台)", "投诉率(件/万台)"],
               summ, widths=[12, 8, 10, 8, 8, 9, 13, 14], title="2026年投诉月度统计（11月截至20日）")
    ws3 = wb.create_sheet("历年对比")
    xlsx_sheet(ws3, ["年度", "主机销量(万台)", "投诉数", "投诉率(件/万台)", "备注"], [
        ["2024年", 10.41, 121, 11.62, ""],
        ["2025年", 11.28, 142, 12.59, "抖音店铺开业，网店投诉增加"],
        ["2026年1—10月", round(sum(MONTH_UNITS.values()) / 10000, 2), cs["jan_oct"], round(cs["rate"], 2), ""],
    ], widths=[14, 14, 8, 14, 30], title="投诉率历年对比")
    save_xlsx(wb, out / "2026年顾客投诉登记台账.xlsx", creator="蒋丽娜", last_by="钱佳怡",
              created=d(2026, 1, 3, 9, 10), modified=d(2026, 11, 20, 18, 20), title="2026年顾客投诉登记台账")


def make_return_ledger(out: Path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "退换货登记"
    xlsx_sheet(ws, RETURN_HEADER, rows,
               widths=[6, 12, 11, 12, 8, 18, 9, 11, 8, 20, 18, 26, 8, 20, 10, 10, 18, 10, 11, 11, 11, 8, 12, 10],
               title="2026年退换货登记台账")
    ws2 = wb.create_sheet("月度汇总")
    kinds = ["7天无理由退货", "7天无理由退货（已激活）", "质量问题退货", "质量问题换货", "不予受理"]
    summ = []
    for m in range(1, 12):
        mr = [r for r in rows if r[2].month == m]
        summ.append([f"2026年{m}月"] + [sum(1 for r in mr if r[9] == k) for k in kinds] +
                    [len(mr), sum(r[17] for r in mr if isinstance(r[17], int))])
    xlsx_sheet(ws2, ["月份"] + kinds + ["合计", "退款金额(元)"], summ,
               widths=[12, 14, 20, 12, 12, 10, 8, 14], title="2026年退换货月度汇总（11月截至20日）")
    save_xlsx(wb, out / "2026年退换货登记台账.xlsx", creator="钱佳怡", last_by="钱佳怡",
              created=d(2026, 1, 2, 10, 0), modified=d(2026, 11, 20, 17, 50), title="2026年退换货登记台账")


def make_tradein_ledger(out: Path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "回收登记"
    xlsx_sheet(ws, TRADEIN_HEADER, rows,
               widths=[6, 15, 11, 12, 8, 11, 16, 10, 12, 10, 10, 14, 18, 11, 16, 11, 11],
               title="2026年以旧换新自营回收登记表（品牌官方以旧换新不在本表）")
    ws2 = wb.create_sheet("回收商交接")
    hr = []
    for h in HANDOVERS:
        batch = f"HS-2026-{h.month:02d}"
        br = [r for r in rows if r[15] == batch]
        hr.append([batch, h, RECYCLER, len(br), sum(r[9] for r in br), "逐台核对串号", "陶建新", ""])
    xlsx_sheet(ws2, ["交接批次", "交接日期", "接收单位", "台数", "评估价合计(元)", "核对方式", "接收人", "备注"], hr,
               widths=[12, 11, 26, 6, 14, 14, 9, 20], title="旧机交回收商记录")
    save_xlsx(wb, out / "2026年以旧换新回收登记表.xlsx", creator="钱佳怡", last_by="钱佳怡",
              created=d(2026, 1, 5, 9, 0), modified=d(2026, 11, 20, 16, 40), title="2026年以旧换新回收登记表")


PARTS = [  # 配件, 适用, 安全库存, 盘点库存
    ("电池", "iPhone 12/12 Pro", 6, 9), ("电池", "iPhone 13", 8, 11), ("电池", "iPhone 14", 8, 10),
    ("电池", "iPhone 14 Pro", 5, 7), ("电池", "iPhone 15", 6, 8), ("电池", "iPhone 15 Pro", 4, 6),
    ("电池", "iPhone 16", 4, 5), ("电池", "华为 nova 11", 4, 6), ("电池", "华为 Mate 50/P60", 4, 5),
    ("电池", "小米 13/14", 4, 6), ("电池", "Redmi Note 12/K60", 5, 7), ("电池", "OPPO Reno10/A2", 4, 5),
    ("电池", "vivo S17/Y78/X100", 4, 6), ("屏幕总成（品质件）", "iPhone 12/13", 5, 7),
    ("屏幕总成（品质件）", "iPhone 14/14 Pro", 5, 6), ("屏幕总成（品质件）", "iPhone 15/16", 4, 5),
    ("屏幕总成（原厂件）", "华为 nova 11", 2, 3), ("屏幕总成（原厂件）", "小米 13/14", 2, 3),
    ("屏幕总成（品质件）", "Redmi Note 12/K60", 3, 4), ("屏幕总成（品质件）", "OPPO/vivo 中端通用", 3, 5),
    ("尾插排线", "iPhone 12—16", 10, 14), ("尾插排线", "Type-C 通用", 15, 22),
    ("后盖", "iPhone 13/14", 4, 6), ("后盖", "iPhone 15/16", 3, 4),
]


def make_repair_ledger(out: Path, rep, mail, waste):
    wb = Workbook()
    ws = wb.active
    ws.title = "维修中心工单"
    xlsx_sheet(ws, REPAIR_HEADER, rep,
               widths=[6, 14, 11, 18, 8, 14, 18, 22, 8, 8, 9, 8, 11, 7, 10, 8, 11, 6, 8],
               title="2026年维修中心维修工单登记")
    ws2 = wb.create_sheet("寄修登记")
    xlsx_sheet(ws2, MAILIN_HEADER, mail,
               widths=[6, 14, 11, 11, 8, 6, 16, 9, 11, 9, 14, 30, 9, 11, 11, 11, 8, 8, 10, 20, 12],
               title="2026年门店寄修（送修）登记")
    ws3 = wb.create_sheet("配件库存")
    xlsx_sheet(ws3, ["配件", "适用机型", "安全库存", "盘点库存", "盘点日期", "盘点人"],
               [[p[0], p[1], p[2], p[3], dt.date(2026, 11, 16), "何苗"] for p in PARTS],
               widths=[20, 22, 9, 9, 11, 8], title="维修中心常用配件库存盘点表（2026年11月16日）")
    ws4 = wb.create_sheet("废件暂存及移交")
    wr = [[f"2026年{w[0]}月入库", w[1], w[2], "", ""] for w in waste]
    for h, m0, m1 in HANDOVER_WASTE:
        wr.append([f"{h.isoformat()} 移交（{m0}—{m1}月）", sum(w[1] for w in waste if m0 <= w[0] <= m1),
                   sum(w[2] for w in waste if m0 <= w[0] <= m1), RECYCLER, "回收商只出具收货单，未提供处置证明"])
    xlsx_sheet(ws4, ["月份/事项", "旧电池(块)", "旧屏幕(块)", "接收单位", "备注"], wr,
               widths=[18, 10, 10, 26, 34], title="维修中心废旧电池和旧屏幕暂存及移交登记")
    save_xlsx(wb, out / "2026年维修中心工单及寄修登记表.xlsx", creator="许斌", last_by="何苗",
              created=d(2026, 1, 2, 10, 30), modified=d(2026, 11, 20, 19, 5), title="2026年维修中心工单及寄修登记表")


# --------------------------------------------------------------------------- #
# 14. 微信服务号推文 (TXT, 2026-06)
# --------------------------------------------------------------------------- #

WECHAT_TXT = f"""买手机来数联，售后我们管到底！
{WECHAT}　2026-06-18 10:30　苏州

618到了，很多粉丝问：在数联买手机，买完以后有问题找谁？今天一次说清楚。

【我们的服务理念】
买得放心，用得安心，修得省心。

【买的时候】
· 23家门店（苏州16家、无锡7家）和天猫、抖音店铺，全部行货正品，串号可在品牌官网查询。
· 店员当面开箱验机，免费帮您开机激活、把旧手机的照片通讯录搬到新手机，再送一张钢化膜。
· 7天无理由退货，15天质量问题换货，门店和网店一个标准。

【用的时候】
· 客服热线 {HOTLINE}，每天9:00—21:00。
· 服务号菜单“服务中心”：在线客服、预约维修（6月8日新上线）、玩机小课堂、门店地址。
· 每月第二个周六是数联“焕新日”：到任意门店免费清洁消毒、检测电池健康，当天贴膜八折。

【坏了怎么办】
· 保修期内：拿到任意门店，我们帮您送到品牌授权服务中心，修好了通知您来取。
· 过了保修：总部维修中心（姑苏区，每天10:00—19:00）换电池、换屏当天取，维修先报价，您同意了再修。
· 无锡的朋友把手机交给门店就行，我们送到苏州维修中心，修好送回门店。

【数联无忧延保＋碎屏保】
· 数联无忧延保：品牌保修到期后再保1年，延保期内电池、屏幕、主板出问题都能免费修！
· 碎屏保：买机7天内加购，一年内屏幕摔碎，0元换新屏！
· 延保199元起，碎屏保99元起，门店和网店都能买。

【企业团购】
公司、学校批量采购手机平板，可定制专属服务方案，详询客服。

点击“阅读原文”预约维修。
（本文内容由数联通讯运营部提供，门店宣传单同款）
"""


def make_wechat_txt(out: Path):
    (out / "微信服务号推文_买手机来数联售后我们管到底_2026年6月.txt").write_text(WECHAT_TXT, encoding="utf-8")


# --------------------------------------------------------------------------- #

def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    c_rows = complaint_rows()
    cs = complaint_stats(c_rows)
    r_rows = return_rows()
    rs = return_stats(r_rows)
    t_rows = tradein_rows()
    ts = tradein_stats(t_rows)
    rep = repair_rows()
    mail = mailin_rows()
    ps = repair_stats(rep, mail)
    waste = waste_rows(rep)
    assert cs["resolve_rate"] < 0.97 <= cs["resolve_claimed"], (cs["resolve_rate"], cs["resolve_claimed"])
    assert cs["timely_rate"] < 0.95 and ps["mavg"] > 10
    for make in (make_rules, make_return_policy, make_complaint_procedure, make_repair_rules,
                 make_warranty_contract, make_privacy_draft, make_survey_pdf, make_wechat_txt):
        make(out)
    make_inspection_pdf(out, c_rows)
    make_summary_pdf(out, cs, rs, ts, ps, waste)
    make_complaint_ledger(out, c_rows, cs)
    make_return_ledger(out, r_rows)
    make_tradein_ledger(out, t_rows)
    make_repair_ledger(out, rep, mail, waste)
    for f in sorted(out.iterdir()):
        if f.suffix in (".docx", ".pdf", ".xlsx", ".txt"):
            print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main(sys.argv)
