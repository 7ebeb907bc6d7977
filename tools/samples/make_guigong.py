"""Generate the sample document set of 广西桂工机械设备有限公司 (a fictional company).

An authorised dealer and service provider of 岳山重工 construction machinery (挖掘机、装载机、
压路机) in 广西: 南宁 headquarters with the 售后服务部, four branch service stations (柳州、桂林、
玉林、百色), two contracted 合作维修点 (河池、梧州), a parts warehouse, a 24-hour hotline and a
small used-equipment (二手机) line.  The files are written to evidence_samples/guigong-machinery/.
All content lives in this script; the output is deterministic (fixed dates, seeded RNG, fixed ZIP
timestamps, fixed PDF dates).

    /work/venv/bin/python tools/samples/make_guigong.py [output_dir]

labels.yaml, README.md and .checkerignore in the output folder are maintained by hand and are
not touched by this script.
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
    pdf_cover_table,
    pdf_table,
    save_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "evidence_samples" / "guigong-machinery"
COMPANY = "广西桂工机械设备有限公司"
BRAND = "岳山重工"
HOTLINE = "400-677-1880"
OLD_HOTLINE = "0771-3896 215"

DocxBuilder = partial(common.DocxBuilder, company=COMPANY)
build_pdf = partial(common.build_pdf, company=COMPANY)
xlsx_sheet = partial(common.xlsx_sheet, head_fill="FCE4D6")

WIDTH = A4[0] - 4.4 * cm
AS_OF = dt.datetime(2026, 11, 20, 18, 0)

# --------------------------------------------------------------------------- #
# shared data
# --------------------------------------------------------------------------- #

# station -> (areas with distance in km from the station, engineers; first of a branch = 站长)
STATIONS = {
    "南宁本部": dict(
        areas=[("南宁西乡塘区", 15), ("南宁江南区", 12), ("南宁良庆区", 18), ("南宁邕宁区", 30),
               ("南宁武鸣区", 45), ("宾阳县", 95), ("横州市", 120), ("上林县", 110), ("隆安县", 85),
               ("马山县", 105), ("崇左江州区", 120), ("扶绥县", 80), ("凭祥市", 220),
               ("钦州钦南区", 120), ("钦州钦北区", 110), ("灵山县", 150), ("防城港港口区", 160),
               ("上思县", 140)],
        engineers=["梁国富", "韦金宝", "覃立新", "黄振宇", "蓝志明", "莫宏伟", "陆春生", "农家宝",
                   "廖文杰", "罗海涛", "李光明", "谢永福", "邓超", "卢俊杰", "何家乐", "苏国强"],
        weight=0.36),
    "柳州站": dict(
        areas=[("柳州柳南区", 10), ("柳州鱼峰区", 8), ("柳州柳北区", 12), ("柳江区", 25),
               ("柳城县", 55), ("鹿寨县", 65), ("融安县", 110), ("融水县", 125), ("三江县", 190),
               ("来宾兴宾区", 75), ("象州县", 95), ("武宣县", 115), ("忻城县", 130)],
        engineers=["潘志勇", "覃建军", "韦东升", "龙文斌", "杨世杰", "吴海波", "梁伟", "欧阳明"],
        weight=0.17),
    "桂林站": dict(
        areas=[("桂林临桂区", 15), ("桂林七星区", 8), ("灵川县", 25), ("阳朔县", 65), ("兴安县", 65),
               ("永福县", 55), ("全州县", 125), ("荔浦市", 100), ("平乐县", 95), ("恭城县", 110),
               ("龙胜县", 90), ("贺州八步区", 230), ("贺州平桂区", 220), ("钟山县", 185),
               ("昭平县", 200)],
        engineers=["蒋文斌", "唐振华", "秦晓东", "阳志刚", "周立平", "李德才", "全俊峰"],
        weight=0.14),
    "玉林站": dict(
        areas=[("玉林玉州区", 10), ("玉林福绵区", 15), ("北流市", 30), ("兴业县", 35), ("陆川县", 45),
               ("容县", 65), ("博白县", 65), ("贵港港北区", 85), ("桂平市", 110), ("平南县", 130),
               ("合浦县", 140), ("北海海城区", 170)],
        engineers=["庞德明", "钟伟强", "陈国华", "梁宇", "冯家豪", "刘振兴"],
        weight=0.13),
    "百色站": dict(
        areas=[("百色右江区", 10), ("田阳区", 35), ("田东县", 70), ("德保县", 90), ("平果市", 110),
               ("凌云县", 110), ("田林县", 120), ("靖西市", 160), ("乐业县", 170), ("那坡县", 210),
               ("隆林县", 250)],
        engineers=["岑海生", "黄明亮", "罗国安", "陆建平", "农志远"],
        weight=0.10),
    "河池合作点": dict(
        areas=[("河池金城江区", 8), ("宜州区", 70), ("环江县", 60), ("罗城县", 90), ("南丹县", 110),
               ("大化县", 130), ("都安县", 150)],
        engineers=["韦宏达（宏达维修部）", "蓝小军（宏达维修部）"],
        weight=0.06),
    "梧州合作点": dict(
        areas=[("藤县", 10), ("梧州长洲区", 40), ("梧州万秀区", 45), ("苍梧县", 60), ("岑溪市", 70),
               ("蒙山县", 120)],
        engineers=["陈永利（鑫利维修部）", "何建新（鑫利维修部）"],
        weight=0.04),
}
BRANCH_HEADS = {"柳州站": "潘志勇", "桂林站": "蒋文斌", "玉林站": "庞德明", "百色站": "岑海生"}


def promise_hours(station: str, area: str, dist: int) -> int:
    """到场时限 as written in the manual (第二十三条)."""
    if area.startswith(("贺州", "钟山", "昭平")):
        return 24
    if station.endswith("合作点") or dist > 150:
        return 12
    if dist <= 50:
        return 2
    return 6


# model, type, weight, yearly hours
MODELS = [
    ("YS60", "挖掘机", 10, 1200), ("YS75", "挖掘机", 12, 1300), ("YS135", "挖掘机", 12, 1500),
    ("YS215", "挖掘机", 20, 1800), ("YS245", "挖掘机", 6, 1800), ("YS365", "挖掘机", 6, 2100),
    ("YL936", "装载机", 6, 1300), ("YL956", "装载机", 12, 1600), ("YL966", "装载机", 4, 1800),
    ("YR220", "压路机", 6, 900), ("YR260", "压路机", 3, 900), ("YRD12", "压路机", 3, 800),
]

A_CUSTOMERS = [
    ("广西桂通路桥工程有限公司", "南宁本部"), ("南宁邕发土石方工程有限公司", "南宁本部"),
    ("广西八桂水利水电工程有限公司", "南宁本部"), ("广西北部湾港建工程有限公司", "南宁本部"),
    ("柳州龙城建设机械租赁有限公司", "柳州站"), ("桂林漓江市政工程有限公司", "桂林站"),
    ("玉林玉兴建设集团有限公司", "玉林站"), ("百色右江矿业有限公司", "百色站"),
    ("河池金达矿业有限责任公司", "河池合作点"), ("钦州滨海建材有限公司", "南宁本部"),
]
B_CUSTOMERS = [
    ("南宁恒通机械租赁有限公司", "南宁本部"), ("宾阳县鑫达建材有限公司", "南宁本部"),
    ("横州市茉莉建设工程有限公司", "南宁本部"), ("崇左南亚糖业有限公司", "南宁本部"),
    ("扶绥县宏图石场", "南宁本部"), ("武鸣区兴旺土石方工程部", "南宁本部"),
    ("柳江区顺发工程机械租赁部", "柳州站"), ("来宾市强盛农业开发有限公司", "柳州站"),
    ("鹿寨县鹿鸣石料有限公司", "柳州站"), ("桂林华岩石材有限公司", "桂林站"),
    ("全州县湘桂建筑工程有限公司", "桂林站"), ("贺州八步区鸿运石材有限公司", "桂林站"),
    ("北流市宏源陶瓷原料厂", "玉林站"), ("贵港港盛砂石有限公司", "玉林站"),
    ("博白县绿源农业开发有限公司", "玉林站"), ("平果市铝城运输有限公司", "百色站"),
    ("田东县金穗土方工程部", "百色站"), ("南丹县丹峰矿产品有限公司", "河池合作点"),
    ("梧州西江砂石有限公司", "梧州合作点"), ("岑溪市花岗岩开发有限公司", "梧州合作点"),
]
SURNAMES = "韦覃黄蓝莫陆梁农廖罗李陈卢谢邓何苏周杨潘唐刘蒙岑钟庞冯吴龙秦阳"


def masked_owner(rng):
    return rng.choice(SURNAMES) + rng.choice(["**", "*"]) + "（个人机主）"


def _pick(rng, pairs):
    r = rng.random()
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def _weighted(rng, items, key):
    tot = sum(key(i) for i in items)
    r = rng.random() * tot
    for i in items:
        r -= key(i)
        if r < 0:
            return i
    return items[-1]


def machine_pool():
    """About 420 machines in the field: model, serial, customer, class, station, area, delivery."""
    rng = random.Random(20260301)
    pool = []
    seq = {}
    for _ in range(420):
        model = _weighted(rng, MODELS, key=lambda m: m[2])
        kind = rng.random()
        if kind < 0.30:
            cust, station = rng.choice(A_CUSTOMERS)
            grade = "A"
        elif kind < 0.64:
            cust, station = rng.choice(B_CUSTOMERS)
            grade = "B"
        else:
            cust = masked_owner(rng)
            station = _weighted(rng, list(STATIONS), key=lambda s: STATIONS[s]["weight"])
            grade = "C"
        area, dist = rng.choice(STATIONS[station]["areas"])
        year = _pick(rng, [(2019, .08), (2020, .10), (2021, .13), (2022, .13), (2023, .14),
                           (2024, .15), (2025, .17), (2026, .10)])
        month = rng.randint(1, 10) if year == 2026 else rng.randint(1, 12)
        delivered = dt.date(year, month, rng.randint(1, 28))
        seq[model[0]] = seq.get(model[0], 0) + rng.randint(3, 40)
        serial = f"{model[0]}-{year % 100:02d}{month:02d}-{seq[model[0]]:04d}"
        pool.append(dict(model=model[0], kind=model[1], rate=model[3] * rng.uniform(0.7, 1.2),
                         serial=serial, customer=cust, grade=grade, station=station, area=area,
                         dist=dist, delivered=delivered))
    return pool


def hours_at(m, when: dt.date) -> int:
    days = (when - m["delivered"]).days
    return max(8, int(m["rate"] * days / 365))


FAULTS = {
    "挖掘机": {
        "液压系统": ["动臂自然下沉明显", "整机动作慢、挖掘无力", "液压油温高报警", "主泵异响",
                     "先导无压力，手柄无动作", "斗杆油缸高压油管爆裂", "行走跑偏"],
        "发动机": ["冷车启动困难", "冒黑烟、动力不足", "水温高报警", "机油压力低报警",
                   "DPF再生频繁，提示再生失败", "尿素系统报警，发动机限扭"],
        "电气电控": ["显示屏黑屏", "油门旋钮失灵，转速不变", "故障码报警，整机降功率", "GPS终端离线",
                     "钥匙打火无反应", "空调不制冷"],
        "行走回转": ["行走马达异响", "回转无力并有异响", "履带脱轨", "支重轮漏油", "张紧油缸漏油"],
        "结构件": ["斗杆根部焊缝开裂", "铲斗耳板开裂", "动臂油缸销轴松旷"],
    },
    "装载机": {
        "液压系统": ["动臂提升慢", "转向沉重", "铲斗自动下沉", "工作泵异响"],
        "发动机": ["冒黑烟、动力不足", "水温高报警", "冷车启动困难", "尿素系统报警，发动机限扭"],
        "电气电控": ["仪表盘不显示", "启动无反应", "空调不制冷", "故障码报警"],
        "传动系统": ["变速箱挂不上挡", "驱动桥异响", "变矩器油温高", "前进挡打滑"],
        "结构件": ["动臂横梁焊缝开裂", "铲斗斗齿座脱落"],
    },
    "压路机": {
        "发动机": ["冒黑烟、动力不足", "水温高报警", "冷车启动困难"],
        "电气电控": ["振动开关失灵", "仪表报警", "启动无反应"],
        "振动系统": ["不起振", "振动轴承异响", "振幅明显变小"],
        "液压系统": ["行走无力", "转向油缸漏油"],
    },
}
CORE = ("发动机", "液压系统", "行走回转", "传动系统", "振动系统")  # 24个月/4000小时的核心部件
REMOTE_OK = ("显示屏黑屏", "油门旋钮失灵，转速不变", "故障码报警，整机降功率", "GPS终端离线",
             "DPF再生频繁，提示再生失败", "仪表盘不显示", "故障码报警", "仪表报警", "振动开关失灵",
             "尿素系统报警，发动机限扭")
REMOTE_FIX = {
    "显示屏黑屏": "视频指导检查显示屏插接件，重新插紧后恢复",
    "油门旋钮失灵，转速不变": "电话指导切换应急油门模式，预约下次保养时更换旋钮",
    "故障码报警，整机降功率": "平台读取故障码为进气压力传感器偶发，指导清洁插头后消除",
    "GPS终端离线": "平台重置终端，恢复在线",
    "DPF再生频繁，提示再生失败": "视频指导手动驻车再生，讲解怠速时间要求",
    "仪表盘不显示": "电话指导检查仪表保险，更换保险后恢复",
    "故障码报警": "平台读取故障码，指导复位",
    "仪表报警": "电话确认为燃油滤芯堵塞提示，指导更换",
    "振动开关失灵": "电话指导检查振动开关线束，恢复",
    "尿素系统报警，发动机限扭": "平台读取为尿素液位低，指导加注合格尿素后消除",
}
FIX = {
    # 挖掘机
    "动臂自然下沉明显": ["更换动臂油缸油封", "更换主阀动臂保持阀"],
    "整机动作慢、挖掘无力": ["调整主溢流阀压力", "更换液压泵调节器"],
    "液压油温高报警": ["清洗液压油散热器，更换温控开关", "更换液压回油滤芯，清洗散热器"],
    "主泵异响": ["更换主泵"],
    "先导无压力，手柄无动作": ["清洗先导滤芯，更换先导泵", "更换先导电磁阀"],
    "斗杆油缸高压油管爆裂": ["更换高压油管及O形圈"],
    "行走跑偏": ["更换行走马达配流盘", "调整行走溢流阀，更换中心回转接头油封"],
    "冷车启动困难": ["更换预热塞和预热继电器", "更换柴油滤芯、油水分离器，排空气"],
    "冒黑烟、动力不足": ["更换喷油器2只", "清洁空滤，更换增压器进气管"],
    "水温高报警": ["清洗散热器，更换节温器", "更换水泵"],
    "机油压力低报警": ["更换机油压力传感器", "更换机油泵"],
    "DPF再生频繁，提示再生失败": ["清洗DPF，更换压差传感器"],
    "尿素系统报警，发动机限扭": ["更换尿素泵滤芯，重新标定", "更换尿素喷嘴"],
    "显示屏黑屏": ["更换显示屏", "修复显示屏线束"],
    "油门旋钮失灵，转速不变": ["更换油门旋钮", "更换油门电机"],
    "故障码报警，整机降功率": ["更换进气压力传感器", "修复ECU插接件"],
    "GPS终端离线": ["更换GPS终端天线"],
    "钥匙打火无反应": ["更换起动继电器", "修复线束破损处"],
    "空调不制冷": ["更换空调压缩机离合器，加注冷媒", "检漏补焊冷凝器，加注冷媒"],
    "行走马达异响": ["更换行走马达", "更换行走减速机轴承"],
    "回转无力并有异响": ["更换回转减速机轴承", "更换回转马达"],
    "履带脱轨": ["重新装履带，调整张紧"],
    "支重轮漏油": ["更换支重轮"],
    "张紧油缸漏油": ["更换张紧油缸油封"],
    "斗杆根部焊缝开裂": ["焊缝清根补焊，探伤合格"],
    "铲斗耳板开裂": ["更换耳板，补焊加强板"],
    "动臂油缸销轴松旷": ["更换销轴和轴套"],
    # 装载机
    "动臂提升慢": ["调整主溢流阀压力", "更换工作泵"],
    "转向沉重": ["更换转向器", "更换优先阀"],
    "铲斗自动下沉": ["更换转斗油缸油封"],
    "工作泵异响": ["更换工作泵"],
    "仪表盘不显示": ["修复仪表线束", "更换仪表保险"],
    "启动无反应": ["更换起动继电器", "更换起动机"],
    "故障码报警": ["更换传感器，清除故障码"],
    "变速箱挂不上挡": ["更换变速箱换挡电磁阀", "更换变速箱离合器片"],
    "驱动桥异响": ["更换驱动桥主减速器轴承"],
    "变矩器油温高": ["清洗变矩器油路，更换滤芯"],
    "前进挡打滑": ["更换变速箱离合器片"],
    "动臂横梁焊缝开裂": ["焊缝清根补焊，探伤合格"],
    "铲斗斗齿座脱落": ["重新焊接斗齿座"],
    # 压路机
    "振动开关失灵": ["更换振动开关"],
    "仪表报警": ["更换燃油滤芯，清除报警"],
    "不起振": ["更换振动泵", "更换振动电磁阀"],
    "振动轴承异响": ["更换振动轴承"],
    "振幅明显变小": ["更换偏心块轴承，加注齿轮油"],
    "行走无力": ["更换行走泵补油阀"],
    "转向油缸漏油": ["更换转向油缸油封"],
}
# parts that the branch stores seldom hold: when needed they may have to come from the maker
BIG_PARTS = ("主泵", "行走马达", "回转马达", "工作泵", "变速箱", "驱动桥", "振动泵", "显示屏", "转向器",
             "水泵", "机油泵", "喷油器", "起动机", "尿素喷嘴", "液压泵调节器", "主阀", "先导泵",
             "振动轴承", "回转减速机轴承")


def _big_part(fix):
    return next((p for p in BIG_PARTS if p in fix), None)

# fault calls (故障报修) per month; November up to the 20th
MONTH_CALLS = {1: 17, 2: 13, 3: 34, 4: 33, 5: 27, 6: 21, 7: 19, 8: 21, 9: 27, 10: 29, 11: 17}
ENGINEER_RNG_SEED = 4402


# --------------------------------------------------------------------------- #
# repair work orders (故障报修工单), deterministic
# --------------------------------------------------------------------------- #

def _fault_for(rng, kind, gps):
    table = FAULTS[kind]
    if gps:
        cat = rng.choice([c for c in ("发动机", "电气电控", "液压系统") if c in table])
        opts = [x for x in table[cat] if "报警" in x or "再生" in x or "离线" in x] or table[cat]
        return cat, "平台预警：" + rng.choice(opts)
    weights = {"液压系统": 30, "发动机": 24, "电气电控": 20, "行走回转": 14, "结构件": 6,
               "传动系统": 14, "振动系统": 16}
    cats = list(table)
    cat = _weighted(rng, cats, key=lambda c: weights[c])
    return cat, rng.choice(table[cat])


def _warranty(m, day, cat):
    months = (day - m["delivered"]).days / 30.4
    hrs = hours_at(m, day)
    if months <= 12 and hrs <= 2000:
        return "保内"
    if cat in CORE and months <= 24 and hrs <= 4000:
        return "保内"
    return "保外"


def repair_orders(pool):
    rng = random.Random(20260115)
    rl = random.Random(ENGINEER_RNG_SEED)  # lateness and follow-up draws, kept apart
    base = []
    for month, n in MONTH_CALLS.items():
        last = 20 if month == 11 else (dt.date(2026, month + 1, 1) - dt.timedelta(days=1)).day
        for _ in range(n):
            day = dt.date(2026, month, rng.randint(1, last))
            hour = rng.choice([6, 7, 20, 21]) if rng.random() < 0.10 else rng.randint(8, 19)
            t = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))
            m = rng.choice([x for x in pool if x["delivered"] <= day - dt.timedelta(days=10)])
            if day >= dt.date(2026, 4, 15):
                channel = _pick(rng, [("400热线", .52), ("公众号报修", .12), ("GPS预警", .16),
                                      ("工程师直接", .10), ("厂家转派", .10)])
            else:
                channel = _pick(rng, [("400热线", .64), ("公众号报修", .13), ("工程师直接", .12),
                                      ("厂家转派", .11)])
            cat, desc = _fault_for(rng, m["kind"], channel == "GPS预警")
            base.append(dict(t=t, channel=channel, m=m, cat=cat, desc=desc))
    base.sort(key=lambda o: o["t"])

    orders = []
    for o in base:
        m = o["m"]
        t = o["t"]
        st = m["station"]
        o["warranty"] = _warranty(m, t.date(), o["cat"])
        o["hours"] = hours_at(m, t.date())
        o["engineer"] = rng.choice(STATIONS[st]["engineers"])
        o["callback"] = rng.randint(3, 26)
        if rl.random() < 0.012:
            o["callback"] = rl.randint(35, 75)
        plain = o["desc"].replace("平台预警：", "")
        o["remote"] = plain in REMOTE_OK and rng.random() < 0.62
        o["promise"] = promise_hours(st, m["area"], m["dist"])
        o["note"] = []
        o["comp"] = ""
        o["fee"] = 0
        o["quote"] = "—"
        if o["remote"]:
            o["arrive"] = None
            o["late"] = "—"
            o["fix"] = REMOTE_FIX[plain]
            o["repair_h"] = round(rng.uniform(0.5, 3.0), 1)
        else:
            p = {2: 0.045, 6: 0.06, 12: 0.10, 24: 0.25}[o["promise"]]
            if st.endswith("合作点"):
                p += 0.05
            if t.month in (3, 4):
                p += 0.04
            lo = m["dist"] / 60 + 0.3
            hi = o["promise"] * (0.6 if o["promise"] == 24 else 0.95)
            if lo > hi:
                lo = hi * 0.8
            if rl.random() < p:
                arrive = o["promise"] * rl.uniform(1.08, 1.5 if o["promise"] < 24 else 1.25)
                o["late"] = "是"
            else:
                arrive = rng.uniform(lo, hi)
                o["late"] = "否"
            o["arrive"] = round(arrive, 1)
            work = rng.uniform(4, 9) if o["cat"] == "结构件" else rng.uniform(1.5, 6.5)
            wait = 0.0
            o["fix"] = rng.choice(FIX[plain])
            o["part"] = _big_part(o["fix"])
            pw = 0.20 + (0.15 if st == "百色站" or m["area"].startswith(("贺州", "钟山", "昭平")) else 0)
            if o["part"] and rng.random() < pw:
                wait = rng.uniform(28, 110)
                o["note"].append(f"厂家调件（{o['part']}），等件{wait / 24:.0f}天")
            o["wait"] = wait
            o["repair_h"] = round(arrive + work + wait, 1)
            if o["warranty"] == "保外":
                rate = 180 if o["cat"] in ("电气电控", "液压系统") else 160
                parts = rng.randint(8000, 26000) if wait else rng.randint(150, 6500)
                o["fee"] = int(round((work * rate + max(0, m["dist"] - 50) * 3.5 + parts) / 10) * 10)
                o["quote"] = "是" if rl.random() < 0.86 else "否"
            else:
                o["note"].append("保修索赔，旧件返厂")
        done = t + dt.timedelta(hours=o["repair_h"])
        o["done"] = done if done <= AS_OF else None
        if o["done"] is None:
            o["repair_h"] = None
            o["note"] = [x for x in o["note"] if not x.startswith("保修索赔")]
            if o["arrive"] is not None and t + dt.timedelta(hours=o["arrive"]) > AS_OF:
                o["arrive"], o["late"] = None, ""
                o["note"].append("已派工，工程师在途")
            else:
                o["note"].append("维修中")
        elif o["repair_h"] > 72:
            if st == "南宁本部" and m["kind"] == "挖掘机" and rng.random() < 0.9:
                o["comp"] = "提供备用机YS135"
            elif rng.random() < 0.85:
                o["comp"] = "赠送保养工时1次"
            else:
                o["comp"] = "客户有自备设备，未要求"
        orders.append(o)

    # 返修: the same fault back within 30 days of completion
    cands = [o for o in orders if not o["remote"] and o["done"] and 2 <= o["t"].month <= 10
             and o["cat"] != "结构件"]
    rr = random.Random(88)
    picked = rr.sample(cands, 8)
    for o in picked:
        t = o["done"] + dt.timedelta(days=rr.randint(3, 25), hours=rr.randint(1, 6))
        t = t.replace(minute=rr.randint(0, 59))
        n = dict(o)
        n.update(t=t, channel="400热线", desc="同一故障复发：" + o["desc"].replace("平台预警：", ""),
                 hours=hours_at(o["m"], t.date()), callback=rr.randint(4, 20), wait=0.0,
                 engineer=rr.choice(STATIONS[o["m"]["station"]]["engineers"]))
        n["fix"] = "技术主管复查，" + rr.choice(FIX[o["desc"].replace("平台预警：", "")])
        arrive = min(n["promise"] * 0.9, o["m"]["dist"] / 60 + rr.uniform(0.4, 1.2))
        n["arrive"] = round(arrive, 1)
        n["late"] = "否"
        n["repair_h"] = round(arrive + rr.uniform(2, 6), 1)
        n["done"] = t + dt.timedelta(hours=n["repair_h"])
        n["fee"] = 0
        n["quote"] = "—"
        n["comp"] = ""
        n["note"] = ["返修，免工时费和里程费"]
        n["orig"] = o
        orders.append(n)
    orders.sort(key=lambda o: o["t"])

    seq = {}
    for o in orders:
        seq[o["t"].month] = seq.get(o["t"].month, 0) + 1
        o["no"] = f"WX26{o['t'].month:02d}{seq[o['t'].month]:03d}"
    for o in orders:
        if "orig" in o:
            o["note"][0] = f"返修（原工单{o['orig']['no']}），免工时费和里程费"

    # follow-up calls (回访): within 3 days after completion, not all done
    for o in orders:
        if o["done"] is None or o["done"] > AS_OF - dt.timedelta(days=3):
            o["visit"] = "" if o["done"] is None else "待回访"
            continue
        if rl.random() < 0.83:
            bad = 0.04 + (0.25 if o["late"] == "是" else 0) + (0.2 if "orig" in o else 0)
            o["visit"] = _pick(rl, [("不满意", bad), ("满意", (1 - bad) * 0.72),
                                    ("基本满意", (1 - bad) * 0.28)])
            if o["visit"] == "不满意":
                o["note"].append("回访不满意，转服务督导复核")
        else:
            o["visit"] = "未回访"
    return orders


ORDER_HEADER = ["序号", "工单号", "报修时间", "受理方式", "客户名称", "客户等级", "机型", "整机编号",
                "工作小时", "所在地", "服务站点", "距离(km)", "故障类别", "故障现象", "保修状态",
                "处理方式", "处理结果", "服务工程师", "回电用时(分钟)", "承诺到场(小时)",
                "实际到场(小时)", "到场超时", "完工时间", "修复用时(小时)", "停机补偿/备用机",
                "保外费用(元)", "报价单客户签字", "回访结果", "备注"]


def order_rows(orders):
    rows = []
    for i, o in enumerate(orders, 1):
        m = o["m"]
        rows.append([
            i, o["no"], o["t"], o["channel"], m["customer"], m["grade"], m["model"], m["serial"],
            o["hours"], m["area"], m["station"], m["dist"], o["cat"], o["desc"], o["warranty"],
            "远程指导解决" if o["remote"] else "现场维修",
            o["fix"] if o["done"] else ("—" if o["arrive"] is None else
                                        "已到场，待件维修中" if o.get("wait") else "已到场，维修中"),
            o["engineer"], o["callback"], o["promise"],
            o["arrive"] if o["arrive"] is not None else "—", o["late"],
            o["done"] if o["done"] else "", o["repair_h"] if o["repair_h"] is not None else "",
            o["comp"], o["fee"] if o["fee"] else ("—" if o["warranty"] == "保内" or o["remote"] else 0),
            o["quote"], o["visit"], "；".join(o["note"]),
        ])
    return rows


def order_stats(orders, upto_month=12):
    os_ = [o for o in orders if o["t"].month <= upto_month]
    onsite = [o for o in os_ if not o["remote"] and o["late"] in ("是", "否")]
    done = [o for o in os_ if o["done"]]
    due = [o for o in done if o["visit"] not in ("", "待回访")]
    visited = [o for o in due if o["visit"] != "未回访"]
    paid = [o for o in onsite if o["warranty"] == "保外" and o["quote"] in ("是", "否")]
    hezhou = [o for o in onsite if o["m"]["area"].startswith(("贺州", "钟山", "昭平"))]
    s = dict(
        total=len(os_), remote=sum(1 for o in os_ if o["remote"]),
        onsite=sum(1 for o in os_ if not o["remote"]),
        gps=sum(1 for o in os_ if o["channel"] == "GPS预警"),
        callback_rate=sum(1 for o in os_ if o["callback"] <= 30) / len(os_),
        arrive_rate=sum(1 for o in onsite if o["late"] == "否") / len(onsite),
        late=sum(1 for o in onsite if o["late"] == "是"),
        fix48_rate=sum(1 for o in done if o["repair_h"] <= 48) / len(done),
        wait=sum(1 for o in os_ if o.get("wait")),
        visit_rate=len(visited) / len(due),
        visit_sat=sum(1 for o in visited if o["visit"] != "不满意") / len(visited),
        unvisited=len(due) - len(visited),
        quote_rate=sum(1 for o in paid if o["quote"] == "是") / len(paid),
        paid=len(paid), unquoted=sum(1 for o in paid if o["quote"] == "否"),
        returns=sum(1 for o in os_ if "orig" in o),
        warranty=sum(1 for o in os_ if o["warranty"] == "保内"),
        over72=sum(1 for o in done if o["repair_h"] > 72),
        spare=sum(1 for o in done if o["comp"].startswith("提供备用机")),
        hezhou_n=len(hezhou),
        hezhou_avg=sum(o["arrive"] for o in hezhou) / max(1, len(hezhou)),
        fee=sum(o["fee"] for o in os_),
    )
    s["return_rate"] = s["returns"] / len(done)
    st = {}
    for name in STATIONS:
        so = [o for o in onsite if o["m"]["station"] == name]
        st[name] = (len([o for o in os_ if o["m"]["station"] == name]),
                    sum(1 for o in so if o["late"] == "否") / len(so) if so else 1.0,
                    sum(o["arrive"] for o in so) / len(so) if so else 0.0)
    s["stations"] = st
    return s


# --------------------------------------------------------------------------- #
# complaints (客户投诉登记), built from the work orders
# --------------------------------------------------------------------------- #

def complaints(orders, pool, dels):
    rng = random.Random(31337)
    out = []

    def add(day, channel, cust, model, serial, area, station, cat, text, level, resp, measure,
            status, days, visit, handler, ref=""):
        limit = 15 if level == "重要" else 7
        close = day + dt.timedelta(days=days) if status != "处理中" else None
        out.append(dict(day=day, channel=channel, cust=cust, model=model, serial=serial, area=area,
                        station=station, cat=cat, text=text, level=level, resp=resp,
                        measure=measure, status=status, close=close,
                        days=days if close else None, limit=limit,
                        late=("是" if close and days > limit else ("否" if close else "")),
                        visit=visit, handler=handler, ref=ref))

    def handler_for(st):
        return BRANCH_HEADS.get(st, "黎晓燕")

    late = [o for o in orders if o["late"] == "是" and o["done"]]
    late.sort(key=lambda o: (-(o["arrive"] - o["promise"]), o["no"]))
    quoted = 0
    for o in sorted(late[:10], key=lambda o: o["t"]):
        m = o["m"]
        tail = ""
        if o["promise"] >= 6 and quoted < 2:
            quoted += 1
            tail = "；公众号上写的是4小时到场"
        hz = m["area"].startswith(("贺州", "钟山", "昭平"))
        measure = ("客服主管电话致歉，免收本次里程费；向合作维修点负责人通报，要求按时限到场"
                   if m["station"].endswith("合作点") else "站长电话致歉，免收本次里程费；" +
                   ("贺州片区自9月起由桂林站安排1名工程师每周二、周五驻贺州" if hz and o["t"].month >= 8
                    else rng.choice(["调整该片区派工顺序", "提醒调度优先派就近车辆",
                                     "该工程师当月绩效扣分"])))
        add(o["t"].date() + dt.timedelta(days=rng.randint(0, 2)),
            rng.choice(["400热线", "400热线", "公众号留言", "销售经理转达"]),
            m["customer"], m["model"], m["serial"], m["area"], m["station"], "到场不及时",
            f"{m['area']}工地{m['model']}{o['desc'].replace('平台预警：', '')}，报修后"
            f"{o['arrive']:.0f}小时工程师才到（承诺{o['promise']}小时），耽误工期{tail}",
            "一般", "服务站原因", measure, "已解决", rng.randint(1, 5),
            _pick(rng, [("满意", .4), ("基本满意", .45), ("不满意", .15)]),
            handler_for(m["station"]), o["no"])

    rets = [o for o in orders if "orig" in o]
    for o in rets[:6]:
        m = o["m"]
        gap = (o["t"].date() - o["orig"]["done"].date()).days
        add(o["t"].date() + dt.timedelta(days=1), "400热线", m["customer"], m["model"], m["serial"],
            m["area"], m["station"], "维修质量/返修",
            f"{o['orig']['desc'].replace('平台预警：', '')}修好{gap}天又出现，要求彻底修好并赔偿停工损失",
            "一般", "服务站原因",
            "技术主管陆永强到场复查，" + o["fix"].replace("技术主管复查，", "") +
            "；免本次工时费和里程费；停工损失不予赔偿，赠送保养工时1次",
            "已解决", rng.randint(2, 6), _pick(rng, [("满意", .3), ("基本满意", .55), ("不满意", .15)]),
            "覃海波", o["no"])

    used = {c["ref"] for c in out}
    waits = [o for o in orders if o.get("wait") and o["done"] and o["no"] not in used]
    waits.sort(key=lambda o: (-o["wait"], o["no"]))
    for i, o in enumerate(sorted(waits[:9], key=lambda o: o["t"])):
        m = o["m"]
        part = o["part"]
        overdue = i == 4
        add(o["t"].date() + dt.timedelta(days=2), rng.choice(["400热线", "销售经理转达", "厂家400转办"]),
            m["customer"], m["model"], m["serial"], m["area"], m["station"], "配件等待时间长",
            f"{m['model']}等{part}等了{o['wait'] / 24:.0f}天，机器停在工地，每天租金损失大",
            "一般", "配件供应（厂家缺货）",
            "配件部向厂家申请加急发货；" + (o["comp"] or "赠送保养工时1次"),
            "已解决", 9 if overdue else rng.randint(2, 6),
            _pick(rng, [("满意", .25), ("基本满意", .55), ("不满意", .2)]), "蒙丽娟", o["no"])

    used = {c["ref"] for c in out}
    unq = [o for o in orders if o["quote"] == "否" and o["done"] and o["no"] not in used
           and not o["m"]["station"].endswith("合作点")]
    for o in sorted(rng.sample(unq, 4), key=lambda o: o["t"]):
        m = o["m"]
        cut = int(max(0, m["dist"] - 50) * 3.5 // 10 * 10) or 200
        add(o["done"].date() + dt.timedelta(days=1), "400热线", m["customer"], m["model"], m["serial"],
            m["area"], m["station"], "收费争议",
            f"维修前没有报价，完工后收费{o['fee']}元，认为工时和里程算得偏高",
            "一般", "服务站原因",
            f"核对工时和里程，减免{cut}元；工程师{o['engineer']}未出具报价确认单，扣当月绩效",
            "已解决", rng.randint(1, 4), "基本满意", handler_for(m["station"]), o["no"])

    def pm(station=None):
        ms = [x for x in pool if station is None or x["station"] == station]
        return rng.choice(ms)

    m = pm("南宁本部")
    add(dt.date(2026, 3, 9), "400热线", m["customer"], m["model"], m["serial"], m["area"],
        "南宁本部", "服务态度", "调度接电话时说“今天没人，排到后天”，态度生硬，没有说明原因",
        "一般", "服务站原因", "客服主管回电致歉，当日改派工程师；调度员培训话术", "已解决", 1,
        "满意", "黎晓燕")
    m = pm("柳州站")
    add(dt.date(2026, 5, 18), "公众号留言", m["customer"], m["model"], m["serial"], m["area"],
        "柳州站", "服务态度", "工程师修完机器没有清理现场，废机油滴在客户场地上", "一般", "服务站原因",
        "站长上门致歉并清理；重申接油盘使用要求", "已解决", 2, "基本满意", "潘志勇")
    m = pm("百色站")
    add(dt.date(2026, 7, 14), "销售经理转达", m["customer"], m["model"], m["serial"], m["area"],
        "百色站", "服务态度", "工程师要求客户把配件费私下转给他个人微信，不开票", "重要",
        "服务人员违规", "查实后退还客户款项；该工程师违反公司规定，解除劳动合同", "已解决", 6,
        "满意", "覃海波")
    m = pm("玉林站")
    add(dt.date(2026, 10, 12), "400热线", m["customer"], m["model"], m["serial"], m["area"],
        "玉林站", "服务态度", "工程师到场后一直打电话、抽烟，问情况时不耐烦", "一般", "服务站原因",
        "站长致歉，对该工程师批评教育", "已解决", 2, "基本满意", "庞德明")

    news = [x for x in pool if x["delivered"].year == 2026]
    texts = [("新机交付{d}天，行走马达异响", "报厂家质量信息快报，保修更换行走马达"),
             ("新机使用{h}小时，主阀漏油", "报厂家质量信息快报，保修更换主阀密封，厂家技术通报同批次排查"),
             ("新机{h}小时出现DPF再生失败，反复报警", "厂家技术支持远程刷写ECU程序，现场清洗DPF"),
             ("新机{h}小时回转马达漏油", "报厂家质量信息快报，保修更换回转马达"),
             ("新机交付{d}天，空调不制冷", "已报厂家判定，等待压缩机到货")]
    dates = [dt.date(2026, 3, 23), dt.date(2026, 5, 6), dt.date(2026, 7, 2), dt.date(2026, 9, 15),
             dt.date(2026, 11, 16)]
    for i, ((tx, ms), day) in enumerate(zip(texts, dates, strict=True)):
        cands = [x for x in news if x["delivered"] < day - dt.timedelta(days=20)] or news
        m = rng.choice(cands)
        dd = (day - m["delivered"]).days
        status = "处理中" if i == 4 else "已解决"
        days = 19 if i == 1 else rng.randint(5, 12)
        add(day, rng.choice(["400热线", "厂家400转办"]), m["customer"], m["model"], m["serial"],
            m["area"], m["station"], "新机质量问题", tx.format(d=dd, h=hours_at(m, day)), "重要",
            "厂家产品原因", ms, status, days, "" if status == "处理中" else "基本满意", "覃海波")

    late_del = next(r for r in dels if r["ontime"] == "否")
    qz = next(r for r in dels if r["m"]["customer"] == "钦州滨海建材有限公司" and r["note"])
    add(dt.date(2026, 4, 21), "销售经理转达", "广西八桂水利水电工程有限公司", "YS365",
        "合同" + late_del["contract"],
        "南宁武鸣区", "南宁本部", "交付延误", "合同约定4月10日交付2台YS365，延迟11天，影响开工",
        "一般", "厂家排产延迟", "与客户书面确认延期，免费延长保修3个月（厂家同意）", "已解决", 3, "基本满意",
        "莫振宇")
    add(qz["delivered"] + dt.timedelta(days=2), "400热线", "钦州滨海建材有限公司", qz["m"]["model"],
        "合同" + qz["contract"], "钦州钦南区", "南宁本部", "交付延误",
        "新交付的装载机随机资料缺少环保信息标签，无法办理编码登记", "一般", "交付资料不全",
        "向厂家申请补寄环保信息标签，送达后工程师上门核对并协助登记", "已解决", 4, "满意", "覃海波")

    add(dt.date(2026, 6, 3), "400热线", "罗**（个人机主）", "YS215", "二手机（2019年出厂）", "柳江区",
        "柳州站", "二手机质量", "5月购买的二手YS215用了一个月烧机油、冒蓝烟", "重要", "二手机整备",
        "在3个月质保期内，免费更换活塞环和气门油封", "已解决", 8, "基本满意", "农建华")
    add(dt.date(2026, 8, 17), "12315转办", "覃**（个人机主）", "YS135", "二手机（2020年出厂）", "灵山县",
        "南宁本部", "二手机质量", "二手YS135购买两个月液压泵损坏，要求退车",
        "重要", "二手机整备", "超过质保范围，公司提出维修费用承担50%，客户坚持退车，未达成一致，已向市场监管所说明",
        "未解决", 14, "不满意", "农建华")
    add(dt.date(2026, 2, 24), "400热线", "陆**（个人机主）", "YS75", "YS75-2406-0211", "田东县", "百色站",
        "GPS锁机争议", "按揭逾期被远程锁机，认为公司没有提前通知", "一般", "客户原因（合同约定）",
        "解释按揭合同锁机条款及逾期提醒短信记录，客户补交后2小时内解锁", "已解决", 2, "基本满意", "何晓东")
    add(dt.date(2026, 10, 27), "400热线", "黄**（个人机主）", "YS215", "YS215-2409-0384", "宾阳县",
        "南宁本部", "GPS锁机争议", "锁机后工地停工3天，要求赔偿停工损失", "一般", "客户原因（合同约定）",
        "已补交欠款解锁；停工损失不予赔偿，客户不接受", "未解决", 6, "不满意", "何晓东")
    add(dt.date(2026, 3, 16), "公众号留言", "廖**（个人机主）", "YS60", "YS60-2311-0096", "南宁邕宁区",
        "南宁本部", "其他", "晚上10点多打400电话报修，响了很久没人接", "一般", "服务站原因",
        "核查为夜间转接的值班手机未接听；次日上门维修，值班工程师扣绩效", "已解决", 1, "基本满意",
        "黎晓燕")
    add(dt.date(2026, 8, 5), "400热线", "南宁恒通机械租赁有限公司", "YS135", "—", "南宁江南区",
        "南宁本部", "其他", "保养提醒短信一周发了三次", "一般", "其他", "平台提醒规则调整为到期前只提醒一次",
        "已解决", 2, "满意", "何晓东")

    out.sort(key=lambda c: c["day"])
    for i, c in enumerate(out, 1):
        c["no"] = f"TS26{i:03d}"
    return out


COMPLAINT_HEADER = ["序号", "投诉编号", "受理日期", "受理渠道", "客户", "机型", "整机编号/合同",
                    "所在地", "涉及站点", "投诉类别", "投诉内容", "级别", "责任判定", "处理措施",
                    "状态", "结案日期", "用时(天)", "时限(天)", "是否超时", "回访", "经办人",
                    "关联工单"]


def complaint_rows(cs):
    return [[i, c["no"], c["day"], c["channel"], c["cust"], c["model"], c["serial"], c["area"],
             c["station"], c["cat"], c["text"], c["level"], c["resp"], c["measure"], c["status"],
             c["close"] or "", c["days"] if c["days"] is not None else "", c["limit"], c["late"],
             c["visit"], c["handler"], c["ref"]] for i, c in enumerate(cs, 1)]


def complaint_stats(cs, upto_month=12):
    cs = [c for c in cs if c["day"].month <= upto_month]
    done = [c for c in cs if c["status"] in ("已解决", "未解决")]
    s = dict(total=len(cs), solved=sum(1 for c in cs if c["status"] == "已解决"),
             unsolved=sum(1 for c in cs if c["status"] == "未解决"),
             open=sum(1 for c in cs if c["status"] == "处理中"),
             late=sum(1 for c in done if c["late"] == "是"))
    s["solve_rate"] = s["solved"] / len(done)
    s["timely_rate"] = 1 - s["late"] / len(done)
    cats = {}
    for c in cs:
        cats[c["cat"]] = cats.get(c["cat"], 0) + 1
    s["cats"] = sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))
    return s


# --------------------------------------------------------------------------- #
# 1. 售后服务管理手册 (DOCX)
# --------------------------------------------------------------------------- #

TARGETS = [
    # name, 2026 target, 口径
    ("回电及时率", "≥98%", "受理后30分钟内回电确认的工单/全部工单"),
    ("到场及时率", "≥95%", "在承诺时限内到场的现场工单/全部现场工单"),
    ("48小时修复率", "≥90%", "报修后48小时内完工的工单/已完工工单"),
    ("回访率", "100%", "已回访工单/完工满3天的工单"),
    ("回访满意率", "≥92%", "满意和基本满意/回访成功数"),
    ("返修率", "≤3%", "30天内同一故障再次报修/已完工工单"),
    ("投诉解决率", "≥95%", "客户认可结案的投诉/已办结投诉"),
    ("配件满足率", "≥95%", "首次订货即有库存满足的订单行/全部订单行"),
    ("配件当日发货率", "≥98%", "16:00前确认、当日发出的订单/全部订单"),
    ("新机按期交付率", "≥98%", "按合同约定日期交付的台数/交付台数"),
    ("客户满意度", "≥90分", "半年度电话抽样调查综合得分"),
]


def make_manual(out: Path):
    meta = dict(doc_no="GG-FW-001", version="V3.0", effective="2024年3月1日",
                drafted="覃海波 2024.01.20", reviewed="韦国栋 2024.02.05",
                approved="黄志坚 2024.02.20",
                distribution="发放编号：FW-001-05　　持有部门：售后服务部")
    b = DocxBuilder("售后服务管理手册", meta)
    b.cover()
    b.p("修改记录", indent=False, bold=True)
    b.table(["版本", "日期", "修改内容", "修改人"], [
        ["V1.0", "2017.05.01", "首次发布（原名《售后服务管理制度》）", "覃海波"],
        ["V2.0", "2021.03.01", f"开通400服务热线{HOTLINE}；增设百色服务站；增加GPS远程监控和保养提醒内容", "覃海波"],
        ["V3.0", "2024.03.01", "更名为《售后服务管理手册》；配件部划归分管服务的副总经理；更新服务承诺、到场时限和服务目标；增加合作维修点管理和二手机售后两章", "覃海波"],
        ["评审", "2026.03.12", "到期评审：继续有效。第二十一条到场时限与公众号宣传口径不一致、服务目标按年度管理评审决议执行，两项留待下次修订时一并修改", "韦国栋"],
    ], widths=[1.6, 2.2, 10.0, 1.8])

    b.doc.add_heading("发布令", level=1)
    b.p("一台挖掘机在工地上趴窝一天，机主少的是几千块的台班费，工地耽误的可能是整个工期。客户买岳山的设备，很大程度上是冲着桂工的服务来的；"
        "服务跟不上，下一台设备客户就不会再找我们。")
    b.p("公司《2025—2027年发展规划》确定“以服务促销售”，提出到2027年服务收入（维修工时和配件）占公司营业收入的比重由2024年的19%提高到25%以上，"
        "客户满意度和到场及时率纳入经营班子年度考核。本手册经总经理办公会审议通过，现予发布，售后服务部、配件部、销售部、二手机业务部和各服务站必须认真执行。")
    b.p("总经理：黄志坚　　2024年2月20日", align="right", indent=False)
    b.page_break()

    b.ch("总则")
    b.art("为规范公司售后服务工作，保证客户设备的出勤率，依据《中华人民共和国产品质量法》《中华人民共和国消费者权益保护法》《中华人民共和国民法典》"
          f"和{BRAND}《授权服务商管理规定》，结合公司实际制定本手册。")
    b.art(f"本手册适用于公司销售和服务的{BRAND}挖掘机、装载机、压路机（以下统称设备）的新机交付、故障维修、定期保养、巡检、配件供应和客户服务。"
          f"非本公司销售、但在广西境内使用的{BRAND}设备报修的，同样受理。二手机的售后按第十二章执行。")
    b.art("公司的服务理念是“桂工在身边，设备不停工”。“在身边”是指网点离工地近、电话随时有人接、工程师熟悉客户的每一台设备；"
          "“不停工”是指以客户设备的出勤率作为衡量服务好坏的第一标准：能远程解决的不让客户等车，能当天修好的不拖到第二天。")
    b.art("服务理念通过以下方式传达：")
    b.sub("（一）新员工岗前培训第一课讲服务理念和本手册；")
    b.sub("（二）服务车车身、工服背面、各服务站接待大厅统一标示服务理念和服务热线；")
    b.sub("（三）公司微信公众号和新机随机资料袋中的《桂工服务指南》；")
    b.sub("（四）合作维修点签约时书面告知，要求其人员按本手册为客户服务。")
    b.art("服务策略：")
    b.sub("（一）远程先行：报修后先由调度和技术支持组通过电话、视频和GPS平台故障码判断，能远程指导排除的不派车，减少客户等待；")
    b.sub("（二）就近派工、分级响应：按工地与服务站的距离确定到场时限，A类客户和抢险工程优先；")
    b.sub("（三）预防为主：春秋两季巡检、GPS保养提醒，把故障消除在停机之前；")
    b.sub("（四）服务和配件联动：常用件前置到各服务站，减少客户等件时间；")
    b.sub("（五）服务要算账：保外维修按公示标准收费，售后服务部以工时收入和配件毛利覆盖服务成本，不低价抢活，也不乱收费。")

    b.ch("组织与职责")
    b.art("总经理是售后服务工作的第一责任人。副总经理韦国栋分管售后服务部和配件部，每月主持服务例会；总经理每季度在经营分析会上听取售后服务工作汇报，协调销售、配件和服务之间的问题。")
    b.art("售后服务部是公司售后服务的归口管理部门，设置如下：")
    b.table(["机构/岗位", "主要职责", "定编（人）"], [
        ["服务部经理", "组织制定年度服务目标和计划，管理各服务站和合作维修点，对服务质量全面负责", "1"],
        ["客服中心", "400热线和公众号报修受理、派工调度、完工回访、投诉登记、保养提醒；客服主管兼任服务督导", "6（主管1、调度2、坐席3）"],
        ["技术支持组", "疑难故障支持、远程诊断、质量信息快报、内部技术培训", "2"],
        ["索赔与信息岗", "保修索赔、旧件返厂、GPS平台管理、客户档案", "2"],
        ["南宁本部维修车间", "南宁、崇左、钦州、防城港的现场服务和车间维修，备用机管理", "16（含车间主任）"],
        ["柳州站", "柳州、来宾的现场服务、巡检和前置库", "8"],
        ["桂林站", "桂林的现场服务、巡检和前置库，兼顾贺州", "7"],
        ["玉林站", "玉林、贵港、北海的现场服务、巡检和前置库", "6"],
        ["百色站", "百色的现场服务、巡检和前置库", "5"],
    ], widths=[3.2, 9.6, 3.0])
    b.sub("配件部（定编10人，经理蒙丽娟）负责配件计划、采购、仓储、发货和退换货，与售后服务部同属分管副总经理领导。维修作业安全由行政人事部安全员廖德胜检查指导。")
    b.art("相关部门职责：")
    b.sub("（一）销售部：新机合同、交付时间的协调，向售后服务部移交客户和设备信息，维护A类客户关系；")
    b.sub("（二）二手机业务部：二手机收购评估、整备和销售；")
    b.sub("（三）财务部：服务费用预算、保外收费和厂家索赔款核算；")
    b.sub("（四）行政人事部：服务人员招聘、培训组织、绩效考核、车辆管理和作业安全。")

    b.ch("人员与培训")
    b.art("服务人员的任职要求如下：")
    b.table(["岗位", "在岗人数", "任职要求"], [
        ["服务部经理", "1", f"大专以上，机械类专业，8年以上工程机械服务经验，{BRAND}高级服务工程师认证"],
        ["站长、车间主任", "5", f"5年以上工程机械维修经验，{BRAND}中级以上认证"],
        ["服务工程师", "37", f"中专（技校）以上机电类专业，持C1以上驾驶证；入职1年内取得{BRAND}初级认证；从事焊接的持焊工证，从事电气作业的持低压电工证"],
        ["客服主管、调度、坐席", "6", "大专以上，普通话标准，熟悉机型和常见故障，岗前考核合格"],
        ["技术支持", "2", f"{BRAND}高级认证，或10年以上维修经验"],
        ["索赔与信息岗", "2", "熟悉保修政策、DMS和GPS平台操作"],
    ], widths=[3.4, 2.0, 10.2])
    b.art("培训管理：行政人事部会同售后服务部每年12月编制下一年度培训计划，培训费用列入售后服务费用预算。培训分为：")
    b.sub("（一）岗前培训：不少于10个工作日，内容包括公司概况和服务理念、服务规范、安全作业、机型结构、工单和DMS操作，考试合格后由站长指定师傅带教3个月；")
    b.sub(f"（二）在岗培训：每月一次技术专题，新机型上市前进行产品培训，每年选送工程师参加{BRAND}认证培训；")
    b.sub("（三）服务文化培训：每半年组织一次全员服务理念和服务规范培训；")
    b.sub("（四）服务礼仪、法律法规等综合培训根据需要组织。")
    b.sub("培训签到、试卷和成绩由行政人事部存档。")
    b.art("人员培养：工程师按“初级（入职1年内）—中级（3年）—高级（5年）”的认证路径培养；与南宁市邕江职业技术学校工程机械运用与维修专业合办“桂工订单班”，"
          "每年10—15名，学生第三学年到公司实习，考核合格的优先录用；服务部经理每年确定后备站长名单，安排轮岗。")
    b.art("员工激励：服务工程师月收入由基本工资、工时提成和绩效工资组成，绩效与到场及时率、回访满意度、返修率和报价单规范挂钩；"
          "每年评定一星至五星级工程师，与认证等级和考核结果挂钩，岗位津贴每月300—1,500元；年度评选“金扳手奖”3名（奖金各5,000元）和“优秀客服”1名；站长从四星以上工程师中选拔。")

    b.ch("服务资源")
    b.art("服务场所：南宁本部服务中心位于南宁市江南区，维修车间1,800平方米，8个工位，10吨行车2台，设客户接待休息室、培训室（60座）和配件中心库（1,200平方米）。各服务站设置如下：")
    b.table(["服务站", "地址", "车间面积", "工位", "前置库"], [
        ["柳州站", "柳州市柳南区", "600平方米", "3", "300平方米"],
        ["桂林站", "桂林市临桂区", "500平方米", "2", "200平方米"],
        ["玉林站", "玉林市玉州区", "450平方米", "2", "200平方米"],
        ["百色站", "百色市右江区", "400平方米", "2", "150平方米"],
    ], widths=[2.4, 4.2, 3.0, 1.6, 3.0])
    b.sub("各站实行6S管理，站长每周检查一次。")
    b.art("工具设备：每辆服务车按《服务车标准配置清单》配备通用工具、液压测试压力表组、故障诊断电脑、万用表、接油盘和吸油毡、灭火器；工程车另配发电电焊一体机。"
          "南宁本部另有液压泵马达试验台、喷油器测试台和超声波探伤仪。扭力扳手、压力表等计量器具每年送检一次，站长每月检查工具完好情况。")
    b.art("服务车辆：")
    b.table(["站点", "皮卡服务车", "厢式工程车", "随车吊服务车", "合计"], [
        ["南宁本部", "5", "2", "1", "8"],
        ["柳州站", "3", "1", "—", "4"],
        ["桂林站", "3", "1", "—", "4"],
        ["玉林站", "2", "1", "—", "3"],
        ["百色站", "2", "1", "—", "3"],
        ["合计", "15", "6", "1", "22"],
    ], widths=[3.0, 3.0, 3.0, 3.0, 2.4])
    b.sub("服务车全部安装车载定位终端，由客服中心统一调度；车辆保养和年检由行政人事部负责。")
    b.art("配件：设南宁中心库和四个服务站前置库，常用件按近6个月用量设定安全库存，具体按《配件管理及旧件返还规定》（GG-PJ-002）执行。")
    b.art("服务费用：财务部每年11月会同售后服务部编制下一年度售后服务费用预算（人员、车辆运行、工具设备、培训、备用机、保修垫付等），报总经理批准，每季度通报执行情况。"
          "抢险支援等突发事件所需费用，在当年售后服务费用中列支。")
    b.art("服务网络：公司在南宁及四个服务站自设网点，在河池、梧州各委托一家合作维修点，贺州市由桂林站负责。各网点服务区域如下：")
    b.table(["网点", "服务区域", "服务工程师", "性质"], [
        ["南宁本部", "南宁、崇左、钦州、防城港", "16", "自营"],
        ["柳州站", "柳州、来宾", "8", "自营"],
        ["桂林站", "桂林、贺州", "7", "自营"],
        ["玉林站", "玉林、贵港、北海", "6", "自营"],
        ["百色站", "百色", "5", "自营"],
        ["河池宏达工程机械维修部", "河池", "2", "合作维修点"],
        ["藤县鑫利工程机械维修服务部", "梧州", "2", "合作维修点"],
    ], widths=[4.6, 5.0, 2.6, 3.0])

    b.ch("服务承诺与时效")
    b.art(f"服务热线{HOTLINE}全年24小时受理：8:00—20:00由客服中心坐席接听，20:00至次日8:00自动转接当班值班工程师手机。客户也可通过公司微信公众号“服务—在线报修”报修。")
    b.art("受理报修后30分钟内回电，确认故障情况，告知派工安排、工程师姓名和预计到达时间。")
    b.art("到场时限（自回电确认时起算）：")
    b.table(["工地位置", "到场时限"], [
        ["南宁市区及各服务站所在城区（距服务站50公里以内）", "2小时"],
        ["距服务站50—150公里", "6小时"],
        ["距服务站150公里以上；合作维修点服务区域", "12小时"],
        ["贺州市（由桂林站支援）", "24小时"],
    ], widths=[10.6, 5.0])
    b.art("修复时限：所需配件有库存的常见故障，到场后24小时内修复；需向厂家调件的，一般在72小时内修复，特殊情况向客户说明原因和预计时间。公司内部以报修后48小时内完工的比例考核修复效率。")
    b.art("新机服务：交付调试和操作手培训免费；前两次定期保养（250小时、500小时）免费，含工时和保养材料；每年春、秋两季各一次免费巡检。")
    b.art("保修按厂家政策执行：整机保修12个月或2,000工作小时（以先到者为准）；发动机、液压泵、主阀、回转马达、行走马达、变速箱等核心部件保修24个月或4,000工作小时。"
          "保修期内因产品质量原因发生的故障，免费维修（含工时、配件和里程）；易损件、使用不当和未按规定保养造成的故障不在保修范围；对保修判定有争议的，报厂家裁定。")
    b.art("保外维修按《维修服务作业规范》（GG-FW-003）的收费标准收费，收费标准在各服务站接待大厅公示；维修前向客户报价，客户签字确认后施工。")

    b.ch("客服中心与服务热线")
    b.art("客服中心的岗位和职责：")
    b.table(["岗位", "人数", "职责"], [
        ["客服主管", "1", "排班，疑难报修协调，投诉处理，服务督导（见第九章）"],
        ["调度员", "2", "派工，跟踪到场和完工，协调配件，夜间值班表编排"],
        ["坐席", "3", "接听热线和公众号报修，工单登记，完工回访，保养提醒"],
    ], widths=[3.0, 2.0, 10.6])
    b.art("坐席配置：白天设坐席3席、调度2席，分早班8:00—14:00和晚班14:00—20:00；夜间由各站工程师轮流值班，值班表每月发布。400系统全程录音，录音保存1年。")
    b.art("受理要求：坐席应记录客户、整机编号、工地位置、工作小时、故障现象和故障码，当场不能判断的转技术支持组；工单同时在DMS和《故障报修工单台账》中登记。")
    b.art("回访：完工后3天内，由坐席对全部工单进行电话回访，询问到场时间、维修效果、收费和工程师表现；回访不满意的转服务督导复核。回访结果记入工单台账。")
    b.art("坐席和调度应熟悉公司全部在售机型的基本结构、常见故障和故障码含义、保修政策、收费标准和派工流程；上岗前考试合格，每季度进行一次知识测试。")

    b.ch("服务规范")
    b.art("服务形象：服务工程师统一穿着印有服务理念的工服，佩戴工牌，穿劳保鞋、戴安全帽；服务车保持整洁，车身标识完整。")
    b.art("服务工程师“六要六不”：")
    b.table(["六要", "六不"], [
        ["出发前电话告知客户预计到达时间", "不在工地吸烟、不酒后作业或驾车"],
        ["先听机手讲清故障经过再动手", "不与客户争吵"],
        ["保外维修先报价、客户签字后施工", "不私收费用、不收现金不开票"],
        ["拆油管、换油使用接油盘和吸油毡", "不推销非原厂配件"],
        ["完工试机，向机手讲清原因和注意事项", "不拆卸与故障无关的部件"],
        ["请客户在服务工单上签字确认", "不随意承诺保修判定结果"],
    ], widths=[7.8, 7.8])
    b.art("服务用语：")
    b.table(["场景", "规范用语"], [
        ["电话受理", "您好，桂工服务热线，请问您的机器编号和工地位置？"],
        ["出发前", "××老板您好，我是桂工的工程师××，大约××点到您工地。"],
        ["报价", "这次是××坏了，需要换××，工时××元、配件××元、里程××元，您看可以的话请在报价单上签个字。"],
        ["完工", "机器已经试好了，这次的原因是××，以后请注意××。有问题随时打400。"],
    ], widths=[2.6, 13.0])
    b.art("维修、保养作业和安全环保要求按《维修服务作业规范》（GG-FW-003）执行；新机交付按《新机交付及调试培训规范》（GG-FW-008）执行。")

    b.ch("客户关系")
    b.art("客户档案：索赔与信息岗按“一机一档”建立客户档案，包括销售合同、交付确认书、保修卡、维修保养记录和GPS工作小时，在DMS和客户档案表中维护。")
    b.art("客户分级：A类为在本公司购机10台以上或承担重点工程的客户；B类为3—9台的客户；C类为1—2台的个人机主。服务部经理和站长每季度拜访A类客户一次，B类客户每半年一次，C类客户通过回访和巡检保持联系。")
    b.art("A类客户的报修优先派工，所需配件优先从各库调拨；重点工程的工地可与客户商定驻场服务方案，派工程师驻场。")
    b.art("主动服务：每年2—3月开展“开工服务月”、9—10月开展“服务万里行”，为客户设备免费巡检；GPS平台按工作小时向客户推送保养提醒；每年组织不少于2期免费机手培训班。")
    b.art("满意度调查：客服中心每半年（6月、12月）开展一次客户满意度电话抽样调查，每次样本不少于300份，结果报分管副总经理，并作为服务改进的依据。")

    b.ch("监督与考核")
    b.art("服务督导由客服主管黎晓燕兼任：每月抽查工单不少于30单，核对到场时间、报价单、客户签字和回访情况，复核回访不满意的工单；每季度会同技术支持组对各服务站检查一次。"
          "发现问题开具《服务整改通知》，站长限期整改。")
    b.art("奖惩：无正当理由到场超时、保外维修未出具报价单、回访不满意经核实属实的，扣当月绩效50—300元；私收费用、推销非原厂配件的，解除劳动合同；"
          "受到客户书面表扬、抢险表现突出的，奖励200—1,000元。奖惩由服务部经理审批，客服中心在《服务奖惩登记表》中登记。")
    b.art(f"每年10月召开售后服务管理评审，由总经理主持，评审服务目标完成情况、投诉、厂家评审结果和资源需求；各部门配合{BRAND}年度服务商星级评审。")

    b.ch("信息反馈与改进")
    b.art(f"质量信息快报：新机和保修期内设备同一机型同一部位一个月内发生3起以上故障，或发生重大故障的，技术支持组在24小时内通过DMS向{BRAND}提交《质量信息快报》，并跟踪厂家的技术通报和整改。")
    b.art("月度服务质量分析：客服中心每月5日前编制上月《月度服务质量分析》（工单、到场、修复、回访、投诉、返修），在月度服务例会上通报；客户对销售、配件的意见同时转相关部门。")
    b.art("服务目标：")
    b.table(["指标", "目标值", "统计口径"], [[t[0], t[1], t[2]] for t in TARGETS],
            widths=[3.4, 2.4, 9.8])
    b.sub("服务目标每年在管理评审中评审，根据完成情况调整下一年度目标，由服务部经理分解到各站和个人。")

    b.ch("合作维修点管理")
    b.art("在公司没有自营网点的地区，可以委托当地维修企业作为合作维修点。准入条件：有营业执照和固定场地；维修人员不少于2名，其中1名从事挖掘机维修5年以上；有服务车1辆；近三年无客户投诉不良记录。")
    b.art("准入评估：服务部经理带队现场评估，按《合作维修点评估表》评分（场地20分、人员30分、设备工具20分、服务能力20分、信誉10分），75分以上方可签订合作协议，协议一年一签。现有合作维修点评估结果：")
    b.table(["合作维修点", "评估日期", "评估人", "得分", "结论"], [
        ["河池市金城江区宏达工程机械维修部", "2025-03-18", "覃海波、陆永强", "86", "准入，签约至2026-03-31，已续签"],
        ["藤县鑫利工程机械维修服务部", "2025-05-09", "覃海波、庞德明", "78", "准入，签约至2026-05-31，已续签"],
    ], widths=[5.2, 2.4, 3.0, 1.4, 3.6])
    b.art("培训：每年至少组织一次合作维修点人员培训，内容为保修政策、工单填写和常见故障。")
    b.art("工单报送：合作维修点接到调度派工后，按本手册的时限到场；完工后3天内将服务工单和照片通过微信发调度，月底汇总结算。")
    b.art("考核：售后服务部每季度按到场及时、客户回访和工单完整情况对合作维修点考核一次。")

    b.ch("二手机售后")
    b.art("二手机收购须查验购机发票、合同和按揭结清证明，解除GPS锁机，并出具《二手机评估报告》（核对小时表，检查发动机、液压系统，结构件探伤）；来源不明的设备一律不收购。")
    b.art("二手机整备后出售，向买方提供评估报告和整备清单；发动机、液压泵提供3个月或500工作小时的质保，其他报修与新机客户同等受理。")

    b.ch("附则")
    b.art("本手册由售后服务部负责解释，每两年至少评审一次。本手册自2024年3月1日起施行，V2.0版同时废止。")

    b.save(out / "售后服务管理手册_GG-FW-001_V3.0.docx", author="覃海波", last_by="韦国栋",
           created=d(2024, 1, 20, 9, 30), modified=d(2026, 3, 12, 16, 10), revision=11,
           subject="售后服务管理", keywords="售后服务;手册")


# --------------------------------------------------------------------------- #
# 2. 维修服务作业规范 (DOCX)
# --------------------------------------------------------------------------- #

def make_repair_procedure(out: Path):
    meta = dict(doc_no="GG-FW-003", version="V2.1", effective="2026年1月15日",
                drafted="陆永强 2025.12.22", reviewed="覃海波 2026.01.06",
                approved="韦国栋 2026.01.10",
                distribution="发放范围：售后服务部、各服务站、合作维修点、配件部")
    b = DocxBuilder("维修服务作业规范", meta)
    b.cover()
    b.p("修改记录", indent=False, bold=True)
    b.table(["版本", "日期", "修改内容"], [
        ["V1.0", "2018.04.01", "首次发布"],
        ["V2.0", "2022.07.01", "增加国四发动机后处理（DOC/DPF/SCR）维修和安全要求；调整收费标准"],
        ["V2.1", "2026.01.15", "增加远程诊断、返修处理和维修延误补偿；明确报价确认单要求"],
    ], widths=[1.8, 2.4, 11.4])

    b.ch("总则")
    b.art("为规范故障维修的受理、派工、现场作业、收费和保修索赔，保证维修质量和作业安全，制定本规范。")
    b.art("本规范适用于各服务站和合作维修点对客户设备的外出维修和车间维修，包括保修期内和保修期外的维修。定期保养和巡检的现场作业同样执行第四章、第七章的要求。")

    b.ch("受理与派工")
    b.art("坐席受理报修后，在DMS和《故障报修工单台账》登记工单，工单号按“WX＋年份两位＋月份两位＋当月流水号三位”编制。")
    b.art("远程诊断：调度或技术支持组先通过电话、微信视频和GPS平台读取的故障码判断故障。复位、手动再生、保险和插接件检查等能由机手自行处理的，远程指导处理，工单记为“远程指导解决”，不派车。")
    b.art("派工：受理后30分钟内回电，按就近原则派工，同时告知客户工程师姓名、电话和预计到达时间；A类客户和抢险工程优先。调度根据故障判断通知工程师随车带件，避免二次上门。")

    b.ch("现场作业")
    b.art("到场后先向机手了解故障经过，检查作业环境是否安全，再进行诊断。")
    b.art("保外维修在施工前填写《维修报价确认单》，写明故障原因、维修项目、预计工时、配件和里程费，客户签字后施工；实际费用超出报价10%以上的，须重新确认。"
          "保修期内的故障，拍照记录故障部位、整机铭牌和小时表。")
    b.art("修复后试机不少于15分钟，向机手讲解故障原因和使用注意事项，由客户在《服务工单》上签字确认。")

    b.ch("安全作业")
    b.art("现场和车间维修必须遵守下列安全要求：")
    b.table(["作业", "要求"], [
        ["停机挂牌", "熄火、拔钥匙，在驾驶室挂“正在维修　严禁启动”警示牌，钥匙由作业人员保管"],
        ["工作装置", "铲斗（动臂）落地或可靠支撑后方可作业，严禁在悬空的工作装置下作业"],
        ["液压系统", "拆卸管路前操作手柄泄压，旋松油箱呼吸阀放气；严禁用手检查高压漏油点"],
        ["高温部件", "发动机停机30分钟后方可拆卸冷却系统和排气后处理部件"],
        ["焊接动火", "断开蓄电池负极和ECU插头，清理周边易燃物，备灭火器"],
        ["高处作业", "2米以上作业系安全带"],
        ["边坡和山区", "设备停在平整地面，履带下垫木楔；雷雨天气停止室外作业"],
        ["吊装", "随车吊由持证人员操作，严禁超载"],
    ], widths=[2.8, 12.8])
    b.art("安全员每季度到各服务站检查作业安全，发现违章的按公司安全管理规定处理。")

    b.ch("收费标准")
    b.art("保修期内的维修免费。保修期外的维修按下列标准收费：")
    b.table(["项目", "标准"], [
        ["工时费（一般机械维修）", "160元/小时"],
        ["工时费（液压、电控诊断维修）", "180元/小时"],
        ["里程费", "距服务站50公里以内免收；超出部分按单程3.5元/公里"],
        ["上门检测费", "到场检测后客户决定不维修的，收取200元"],
        ["夜间（20:00—次日6:00）和法定节假日抢修", "工时费上浮30%"],
        ["配件", f"按{BRAND}指导零售价"],
    ], widths=[6.0, 9.6])
    b.art("收费标准在各服务站接待大厅公示。工程师不得收取现金，费用由客户对公转账或在服务站开票缴纳。")

    b.ch("维修延误与返修")
    b.art("非客户原因造成修复时间超过72小时的，南宁本部可提供备用机（YS135两台、YS60一台）供客户临时使用；其他服务站或备用机已借出时，按每延误一天赠送一次保养工时，或与客户协商其他方式。")
    b.art("返修：完工后30天内同一故障再次报修的视为返修，免收工时费和里程费，由技术支持组到场或远程复查，填写《返修分析单》分析原因，并在月度服务例会上通报。")

    b.ch("环保要求")
    b.art("拆卸油管、更换油液时使用接油盘和吸油毡，废机油、废液压油、废滤芯装桶带回服务站危废暂存间，严禁就地倾倒或掩埋；更换下的旧件全部带回。")
    b.art("在居民区附近作业的，22:00以后不进行打磨、焊接等高噪声作业；车间打磨在除尘工位进行。")

    b.ch("保修索赔")
    b.art("保修判定以保修卡、交付确认书和GPS工作小时为依据。工程师完工后24小时内将工单和照片上传DMS，索赔员3个工作日内提交厂家索赔，保修旧件按《配件管理及旧件返还规定》（GG-PJ-002）返厂。")

    b.ch("完工与回访")
    b.art("调度确认完工后在工单台账登记完工时间和修复用时；客服中心按《售后服务管理手册》的规定回访。")
    b.art("本规范自2026年1月15日起施行，V2.0版同时废止。")

    b.save(out / "维修服务作业规范_GG-FW-003_V2.1.docx", author="陆永强", last_by="覃海波",
           created=d(2025, 12, 22, 10, 0), modified=d(2026, 1, 10, 15, 30), revision=7,
           subject="维修服务作业", keywords="维修;安全;收费")


# --------------------------------------------------------------------------- #
# 3. 新机交付及调试培训规范 (DOCX)
# --------------------------------------------------------------------------- #

def make_delivery_procedure(out: Path):
    meta = dict(doc_no="GG-FW-008", version="V1.2", effective="2025年6月1日",
                drafted="陆永强 2025.05.08", reviewed="覃海波 2025.05.19",
                approved="韦国栋 2025.05.26",
                distribution="发放范围：售后服务部、销售部、各服务站")
    b = DocxBuilder("新机交付及调试培训规范", meta)
    b.cover()
    b.ch("总则")
    b.art("为保证新机按合同交付、调试到位，让机手一开始就会用、会保养，制定本规范。")
    b.art("本规范适用于公司销售的全部新机；厂家直发客户工地的设备同样由公司负责交付调试。")
    b.ch("到货检查")
    b.art("新机到货当日，由服务站按《PDI检查表》进行交付前检查：外观和油漆、随车工具、各油液液位、主要螺栓紧固、电气系统、空载试机；发现缺陷的拍照报厂家，修复后方可交付。")
    b.ch("交付")
    b.art("交付时限：到货后48小时内完成交付调试；合同另有约定的，按约定执行。销售部应在合同签订后把约定交付日期通知售后服务部，因厂家排产等原因可能延误的，提前与客户书面协商。")
    b.art("随机资料：产品合格证、操作保养手册、保修卡、随机工具清单，以及非道路移动机械环保信息标签。交付工程师核对环保信息标签与整机铭牌、发动机型号一致，并协助客户办理非道路移动机械编码登记。"
          "公司所售新机均为符合非道路移动机械第四阶段排放要求的机型。")
    b.art("GPS终端：交付时激活GPS终端并绑定客户账号，向客户演示手机端查看工作小时和保养提醒。")
    b.ch("操作手培训")
    b.art("每台新机交付时对客户的操作手进行现场培训，不少于4小时，内容如下：")
    b.table(["项目", "内容"], [
        ["安全操作", "上下设备三点接触、作业半径内禁止站人、斜坡作业、高压线附近作业"],
        ["日常点检", "机油、冷却液、液压油位，黄油加注，履带张紧度"],
        ["走合期", "前100小时负荷不超过80%，注意观察油温和异响"],
        ["保养", "保养周期和项目，使用原厂滤芯和油品"],
        ["国四后处理", "DPF再生的条件和操作，尿素的加注和质量要求"],
        ["仪表和报警", "仪表各指示灯和常见故障码的含义，报警后的处理"],
        ["应急处理", "紧急停机、火灾和倾覆时的处置，服务热线报修"],
    ], widths=[2.8, 12.8])
    b.art("培训结束后由操作手在《新机交付确认书》培训栏签名。")
    b.ch("交付确认与跟踪")
    b.art("客户在《新机交付确认书》上签字确认设备、资料和培训情况。客服中心在交付后7天内电话回访交付情况；工作到50小时左右时电话询问使用情况。")
    b.art("前两次定期保养（250小时、500小时）由GPS平台提醒，服务站预约上门，免费保养。")
    b.ch("附则")
    b.art("本规范自2025年6月1日起施行，V1.1版同时废止。")
    b.save(out / "新机交付及调试培训规范_GG-FW-008.docx", author="陆永强", last_by="陆永强",
           created=d(2025, 5, 8, 14, 20), modified=d(2025, 5, 26, 11, 5), revision=4,
           subject="新机交付", keywords="交付;调试;培训")


# --------------------------------------------------------------------------- #
# 4. 客户投诉处理办法 (DOCX, 2019 version never revised)
# --------------------------------------------------------------------------- #

def make_complaint_procedure(out: Path):
    meta = dict(doc_no="GG-FW-005", version="V1.0", effective="2019年6月1日",
                drafted="黎晓燕 2019.05.06", reviewed="覃海波 2019.05.15",
                approved="黄志坚 2019.05.20",
                distribution="发放范围：服务部、销售部、配件部、各服务站")
    b = DocxBuilder("客户投诉处理办法", meta)
    b.cover()
    b.ch("总则")
    b.art("为及时处理客户投诉，维护客户权益和公司信誉，制定本办法。")
    b.art("本办法所称客户投诉，是指客户对公司销售的设备、配件以及服务部、各服务站的服务不满意，通过电话、来人、来信或销售人员反映并要求处理的事项。")
    b.art("首问负责：第一个接到投诉的员工负责登记并转服务部，不得推诿。")
    b.ch("受理")
    b.art(f"投诉渠道：服务电话{OLD_HOTLINE}；到公司或服务站当面投诉；来信；通过销售人员转达；厂家转来的投诉。")
    b.art("投诉分为一般投诉和重要投诉。涉及厂家产品质量判定、金额超过1万元、客户表示要向媒体或消费者协会反映的，为重要投诉。")
    b.art("受理人在《客户投诉登记表》中登记客户、机号、投诉内容和要求。")
    b.ch("处理")
    b.art("服务部经理指定处理人，处理人在1个工作日内与客户联系，了解情况，需要到现场的安排人员到现场。")
    b.art("处理时限：一般投诉7天内处理完毕；重要投诉15天内处理完毕。不能按期处理的，向客户说明原因。")
    b.art("处理意见经服务部经理同意后答复客户；涉及赔偿、减免费用的，报分管副总经理批准。客户不接受的，可再协商，并如实记录。")
    b.art("属于员工服务过错的，按公司奖惩规定处理；属于厂家产品质量问题的，报厂家处理并跟踪结果。")
    b.ch("回访与归档")
    b.art("投诉处理完毕后3天内回访客户，记录客户意见。")
    b.art("投诉登记表、处理记录和相关资料保存两年。")
    b.art("服务部每季度统计投诉数量和类别，分析原因，在服务例会上通报。")
    b.ch("附则")
    b.art("本办法自2019年6月1日起施行。")
    b.save(out / "客户投诉处理办法_GG-FW-005.docx", author="黎晓燕", last_by="黎晓燕",
           created=d(2019, 5, 6, 9, 0), modified=d(2019, 5, 20, 17, 0), revision=3,
           subject="客户投诉", keywords="投诉")


# --------------------------------------------------------------------------- #
# 5. 配件管理及旧件返还规定 (DOCX)
# --------------------------------------------------------------------------- #

SUPPLIERS = [
    ["1", "南宁邕润油品贸易有限公司", "润滑油、液压油、防冻液", "2021-06", "营业执照、品牌授权书"],
    ["2", "广西路通轮胎有限公司", "装载机、压路机轮胎", "2021-06", "营业执照"],
    ["3", "柳州耐磨宝耐磨材料有限公司", "斗齿、齿座、侧刃板", "2022-03", "营业执照、样品试用报告"],
    ["4", "南宁恒压液压胶管店", "液压胶管扣压", "2022-03", "营业执照"],
    ["5", "玉林精工油缸修复厂", "油缸外协修复", "2023-01", "营业执照、现场查看记录"],
    ["6", "南宁冰点汽车空调维修部", "空调系统外协维修", "2023-05", "营业执照"],
]


def make_parts_rules(out: Path):
    meta = dict(doc_no="GG-PJ-002", version="V2.0", effective="2025年4月1日",
                drafted="蒙丽娟 2025.03.03", reviewed="覃海波 2025.03.14",
                approved="韦国栋 2025.03.20",
                distribution="发放范围：配件部、售后服务部、各服务站")
    b = DocxBuilder("配件管理及旧件返还规定", meta)
    b.cover()
    b.ch("总则")
    b.art("为保证配件供应及时、来源正规，规范配件退换、保修旧件返厂和废旧件处置，制定本规定。")
    b.art("本规定适用于配件部中心库、各服务站前置库和服务车随车件的管理。")
    b.ch("采购与供方")
    b.art(f"整机配件一律通过DMS向{BRAND}订购原厂件，不采购、不销售副厂件。")
    b.art("润滑油、轮胎、斗齿等耐磨件以及液压胶管扣压、油缸修复等厂家不供应的物料和外协服务，从《合格供方名录》内的供方采购。新供方由配件部从资质、价格、质量和供货能力几方面评估，报分管副总经理批准后列入名录。")
    b.art("配件部每年12月对名录内的供方进行一次评价，评价不合格的移出名录。")
    b.ch("库存")
    b.art("中心库和前置库按近6个月用量设定常用件安全库存，低于安全库存的由系统提示补货；主泵、回转马达等大件由中心库按机型保有量储备。")
    b.art("配件部每月盘点一次，账实相符率不低于99%。")
    b.art("配件部每月统计配件满足率（首次订货即有库存满足的订单行占全部订单行的比例），目标不低于95%。")
    b.ch("发货")
    b.art("客户和服务站的配件订单，16:00前确认的当日发出，16:00后确认的次日发出；抢修急件可随服务车带货或交客运班车。")
    b.art("需向厂家紧急订货的，配件部当日向客户或工程师告知预计到货时间，到货后优先发出。")
    b.ch("配件退换货")
    b.art("配件退换货由配件前台吴小凤负责受理、登记和办理。")
    b.art("质量问题：配件安装使用3个月内因质量原因损坏的，经技术支持组鉴定后免费更换。")
    b.art("非质量原因：购买30天内、未安装、包装完好的配件可以退换，收取货款10%的手续费；电器件、已裁剪的胶管和专门为客户订购的配件不予退换。")
    b.art("上述退换条件和手续费标准印在《配件销售单》背面，并在配件前台公示。")
    b.art("整机的退换按销售合同和厂家政策处理，不在本规定范围。")
    b.ch("保修旧件返还")
    b.art("保修更换的旧件由工程师挂《旧件标签》（工单号、整机编号、故障现象），带回服务站，配件部在30天内集中返厂。")
    b.art("厂家不要求返回的旧件，按本规定第七章处置。")
    b.ch("废旧件和废油处置")
    b.art("废机油、废液压油、废滤芯和含油抹布属于危险废物，集中存放在各站危废暂存间，委托南宁市绿洁环保科技有限公司收运处置，转移联单由配件部保存。")
    b.art("废铅蓄电池统一交有资质的回收单位；废旧金属件分类后出售给再生资源回收企业。")
    b.ch("防伪")
    b.art("原厂件包装带有防伪二维码，配件前台和工程师向客户演示扫码验证；任何人不得以副厂件冒充原厂件。")
    b.ch("附则")
    b.art("本规定自2025年4月1日起施行，V1.0版同时废止。")
    b.p("附表：合格供方名录", indent=False, bold=True)
    b.table(["序号", "供方", "供应内容", "列入时间", "评估依据"], SUPPLIERS,
            widths=[1.2, 5.0, 4.2, 2.0, 3.6])
    b.save(out / "配件管理及旧件返还规定_GG-PJ-002.docx", author="蒙丽娟", last_by="蒙丽娟",
           created=d(2025, 3, 3, 10, 10), modified=d(2025, 3, 20, 16, 45), revision=5,
           subject="配件管理", keywords="配件;退换货;旧件")


# --------------------------------------------------------------------------- #
# 6. 大客户服务管理办法（征求意见稿） (DOCX)
# --------------------------------------------------------------------------- #

def make_key_account_draft(out: Path):
    meta = dict(doc_no="GG-FW-012（拟）", version="征求意见稿V0.3", effective="【待定】",
                drafted="莫振宇、覃海波 2026.09.20", reviewed="—", approved="—",
                footer="征求意见稿　请各部门于2026年10月15日前反馈意见　不作为执行依据")
    b = DocxBuilder("大客户服务管理办法（征求意见稿）", meta)
    b.cover(controlled=False)
    b.p("编写说明：根据2025年度服务管理评审决议，由销售部和售后服务部起草本办法。第六条专职人员编制、第八条驻场费用承担方式尚未与行政人事部、财务部达成一致，用【待定】标出。", indent=False, size=9.5)
    b.ch("总则")
    b.art("为稳定施工企业、租赁公司等大客户，为其提供优先、专属的服务，制定本办法。")
    b.art("本办法所称大客户，是指在本公司购机（含二手机）保有量10台以上，或年采购额500万元以上，或承担省级以上重点工程的客户。大客户名单由销售部每年1月提出，分管副总经理批准。")
    b.ch("服务内容")
    b.art("专属服务：每个大客户指定一名服务经理和一名技术对接工程师，建立大客户设备清单和年度服务计划。")
    b.art("绿色通道：大客户报修优先派工，到场时限在手册规定基础上缩短一半；所需配件优先调拨，必要时由厂家直发；投诉由服务部经理直接处理；配件退换、保修判定优先办理。")
    b.art("驻场服务：大客户同一工地设备10台以上的，可派工程师驻场，驻场期间的日常保养和小修在现场完成。")
    b.ch("组织")
    b.art("售后服务部设大客户服务专员【待定：2名，待行政人事部核定编制】，负责大客户服务计划、报修跟踪和回访；设立前由销售部客户经理兼管。")
    b.ch("服务流程")
    b.art("大客户服务流程：年初制定服务计划→季度走访→报修专线受理→优先派工→完工后24小时内回访→每季度出具设备使用和服务报告→年度满意度专访。")
    b.art("驻场服务费用【待定：由公司承担或按台班收取】。")
    b.ch("附则")
    b.art("本办法自发布之日起施行。")
    b.save(out / "大客户服务管理办法（征求意见稿）.docx", author="莫振宇", last_by="覃海波",
           created=d(2026, 9, 8, 10, 0), modified=d(2026, 9, 20, 17, 25), revision=4,
           subject="大客户服务", keywords="大客户;征求意见稿")


# --------------------------------------------------------------------------- #
# new-machine deliveries, free maintenance, inspections
# --------------------------------------------------------------------------- #

DELIVERY_STATION = {"河池合作点": "柳州站", "梧州合作点": "玉林站"}


def deliveries(pool):
    rng = random.Random(5150)
    news = [m for m in pool if m["delivered"].year == 2026]
    seq = {}
    extra = []
    while len(news) + len(extra) < 116:
        model = _weighted(rng, MODELS, key=lambda m: m[2])
        if rng.random() < 0.45:
            cust, station = rng.choice(A_CUSTOMERS + B_CUSTOMERS)
            grade = "A" if (cust, station) in A_CUSTOMERS else "B"
        else:
            cust = masked_owner(rng)
            station = _weighted(rng, list(STATIONS), key=lambda s: STATIONS[s]["weight"])
            grade = "C"
        area, dist = rng.choice(STATIONS[station]["areas"])
        day = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 317))
        seq[model[0]] = seq.get(model[0], 0) + 1
        extra.append(dict(model=model[0], kind=model[1], rate=model[3] * rng.uniform(0.7, 1.2),
                          serial=f"{model[0]}-26{day.month:02d}-{7000 + seq[model[0]]:04d}",
                          customer=cust, grade=grade, station=station, area=area, dist=dist,
                          delivered=day))
    for i in (1, 2):
        extra.append(dict(model="YS365", kind="挖掘机", rate=2000, serial=f"YS365-2604-{7100 + i}",
                          customer="广西八桂水利水电工程有限公司", grade="A", station="南宁本部",
                          area="南宁武鸣区", dist=45, delivered=dt.date(2026, 4, 21), special="late"))
    ms = sorted(news + extra, key=lambda m: (m["delivered"], m["serial"]))
    rows = []
    for i, m in enumerate(ms, 1):
        st = DELIVERY_STATION.get(m["station"], m["station"])
        arrive = m["delivered"] - dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        if m.get("special") == "late":
            promised = dt.date(2026, 4, 10)
            note = "厂家排产延迟11天，4月8日与客户书面确认延期，厂家同意延长保修3个月"
        else:
            promised = m["delivered"] + dt.timedelta(days=rng.randint(0, 8))
            note = ""
        label = "是"
        rows.append(dict(no=f"JF26{i:03d}", contract=f"GGXS-2026-{i:03d}", m=m, station=st,
                         arrive=arrive, promised=promised, delivered=m["delivered"],
                         ontime="是" if m["delivered"] <= promised else "否",
                         train_h=rng.choice([4, 4, 4.5, 5, 5, 6]), trainees=rng.choice([1, 1, 2, 2, 3]),
                         engineer=rng.choice(STATIONS[st]["engineers"][:5]), label=label, note=note))
    late = [r for r in rows if r["m"].get("special") == "late"]
    for r in late[1:]:
        r["contract"] = late[0]["contract"]
    # the loader whose 环保信息标签 was missing (complaint TS in September)
    qz = next(r for r in rows if r["m"]["delivered"] >= dt.date(2026, 9, 10)
              and r["m"]["kind"] == "装载机")
    qz["m"] = dict(qz["m"], customer="钦州滨海建材有限公司", grade="A", area="钦州钦南区",
                   station="南宁本部", dist=120)
    qz["station"] = "南宁本部"
    qz["engineer"] = "莫宏伟"
    qz["label"] = f"缺标签，{(qz['delivered'] + dt.timedelta(days=6)).strftime('%m月%d日').lstrip('0')}补齐后核对"
    qz["note"] = "随机资料缺环保信息标签，向厂家补寄"
    return rows


def free_maintenance(pool, dels):
    rng = random.Random(2502)
    ms = [r["m"] for r in dels] + [m for m in pool if dt.date(2025, 7, 1) <= m["delivered"] < dt.date(2026, 1, 1)]
    rows = []
    for m in ms:
        for h, items in ((250, "更换机油、机油滤芯、柴油滤芯；检查各油位、紧固件"),
                         (500, "更换机油、机油滤芯、柴油滤芯、油水分离器、液压回油滤芯、先导滤芯；清洁空滤")):
            reach = m["delivered"] + dt.timedelta(days=int(h / m["rate"] * 365))
            if not dt.date(2026, 1, 3) <= reach <= dt.date(2026, 11, 17):
                continue
            done = reach + dt.timedelta(days=rng.randint(0, 6))
            if done > dt.date(2026, 11, 20):
                continue
            st = DELIVERY_STATION.get(m["station"], m["station"])
            if m["kind"] == "装载机":
                items = items.replace("液压回油滤芯、先导滤芯", "液压回油滤芯、变速箱滤芯")
            elif m["kind"] == "压路机":
                items = items.replace("液压回油滤芯、先导滤芯", "液压回油滤芯")
            rows.append([done, m["customer"], m["model"], m["serial"], m["area"], f"{h}小时保养",
                         h + rng.randint(-8, 35), reach - dt.timedelta(days=2), st,
                         rng.choice(STATIONS[st]["engineers"]), items, "免费", "是"])
    rows.sort(key=lambda r: (r[0], r[3]))
    return [[i, f"BY26{i:03d}"] + r for i, r in enumerate(rows, 1)]


INSPECT_FINDINGS = [
    ("斗齿磨损严重", "建议更换，客户自行订购"), ("液压油乳化含水", "建议更换液压油，已报价"),
    ("履带过松", "现场调整张紧"), ("空滤堵塞", "现场清洁，提醒按期更换"),
    ("回转支承缺润滑脂", "现场加注"), ("动臂油缸轻微渗油", "已预约维修"),
    ("DPF压差偏高", "现场手动再生，讲解怠速要求"), ("冷却液冰点不足", "建议更换冷却液"),
    ("蓄电池亏电", "现场充电，建议更换"), ("驾驶室灭火器过期", "提醒客户更换"),
]


def inspections(pool):
    rng = random.Random(7707)
    rows = []
    for name, start, end, n in (("开工服务月", dt.date(2026, 2, 23), dt.date(2026, 3, 31), 68),
                                ("服务万里行", dt.date(2026, 9, 7), dt.date(2026, 10, 30), 74)):
        cands = [m for m in pool if m["delivered"] < start - dt.timedelta(days=60)]
        for m in rng.sample(cands, n):
            day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
            st = DELIVERY_STATION.get(m["station"], m["station"]) if m["station"] == "梧州合作点" \
                else m["station"]
            if rng.random() < 0.32:
                f, act = rng.choice(INSPECT_FINDINGS)
                concl = "发现问题"
            else:
                f, act, concl = "—", "—", "正常"
            rows.append([day, name, st, m["customer"], m["model"], m["serial"], m["area"],
                         hours_at(m, day), "发动机、液压、电气、底盘、安全装置共28项", concl, f, act,
                         rng.choice(STATIONS[st]["engineers"]), "是"])
    rows.sort(key=lambda r: (r[0], r[5]))
    return [[i] + r for i, r in enumerate(rows, 1)]


# --------------------------------------------------------------------------- #
# 7. 2026年故障报修工单台账 (XLSX)
# --------------------------------------------------------------------------- #

def make_order_ledger(out: Path, orders):
    wb = Workbook()
    ws = wb.active
    ws.title = "故障报修工单"
    xlsx_sheet(ws, ORDER_HEADER, order_rows(orders),
               widths=[6, 11, 16, 10, 26, 6, 8, 15, 8, 12, 10, 8, 9, 28, 7, 11, 30, 16, 8, 8, 8, 7,
                       16, 8, 14, 10, 8, 8, 30],
               title="2026年故障报修工单台账", date_fmt="yyyy-mm-dd hh:mm")
    ws2 = wb.create_sheet("月度统计")
    rows = []
    for mth in range(1, 12):
        mo = [o for o in orders if o["t"].month == mth]
        on = [o for o in mo if not o["remote"] and o["late"] in ("是", "否")]
        dn = [o for o in mo if o["done"]]
        rem = sum(1 for o in mo if o["remote"])
        rows.append([f"2026年{mth}月", len(mo), rem, len(mo) - rem,
                     sum(1 for o in on if o["late"] == "是"),
                     f"{sum(1 for o in on if o['late'] == '否') / len(on):.1%}" if on else "—",
                     f"{sum(1 for o in dn if o['repair_h'] <= 48) / len(dn):.1%}" if dn else "—",
                     sum(1 for o in mo if "orig" in o),
                     sum(1 for o in mo if o["visit"] == "未回访")])
    xlsx_sheet(ws2, ["月份", "工单数", "远程解决", "现场维修", "到场超时", "到场及时率", "48小时修复率",
                     "返修", "未回访"], rows, widths=[12, 8, 9, 9, 9, 10, 12, 6, 8],
               title="2026年故障报修月度统计（11月截至20日）")
    save_xlsx(wb, out / "2026年故障报修工单台账.xlsx", creator="黄丽萍", last_by="韦小玲",
              created=d(2026, 1, 2, 8, 40), modified=d(2026, 11, 20, 18, 20),
              title="2026年故障报修工单台账")


# --------------------------------------------------------------------------- #
# 8. 2026年客户投诉登记及满意度调查 (XLSX)
# --------------------------------------------------------------------------- #

SURVEY = [
    # station, sample, 响应速度, 到场及时, 维修质量, 服务态度, 收费合理, 配件供应
    ("南宁本部", 96, 88.6, 88.9, 88.2, 91.0, 84.1, 83.5),
    ("柳州站", 52, 89.0, 88.1, 87.5, 90.2, 85.0, 84.2),
    ("桂林站", 46, 86.1, 81.3, 86.9, 89.5, 83.8, 80.9),
    ("玉林站", 44, 88.2, 87.0, 87.8, 90.6, 84.6, 83.0),
    ("百色站", 38, 85.9, 82.4, 86.1, 89.8, 83.1, 78.6),
    ("合作维修点（河池、梧州）", 36, 82.5, 78.9, 83.0, 85.2, 82.0, 79.4),
]


def survey_rows():
    rows = []
    tot = 0.0
    n = 0
    for s in SURVEY:
        comp = round(sum(s[2:]) / 6, 1)
        rows.append(list(s) + [comp])
        tot += comp * s[1]
        n += s[1]
    overall = round(tot / n, 1)
    avg = [round(sum(r[i] * r[1] for r in rows) / n, 1) for i in range(2, 8)]
    rows.append(["合计", n] + avg + [overall])
    return rows, overall, n


def make_complaint_book(out: Path, cs):
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉登记"
    xlsx_sheet(ws, COMPLAINT_HEADER, complaint_rows(cs),
               widths=[6, 10, 11, 11, 26, 8, 18, 11, 10, 12, 40, 6, 16, 44, 8, 11, 7, 7, 7, 8, 8, 11],
               title="2026年客户投诉登记台账")
    ws2 = wb.create_sheet("2026上半年满意度调查")
    rows, overall, n = survey_rows()
    xlsx_sheet(ws2, ["站点", "有效样本", "响应速度", "到场及时", "维修质量", "服务态度", "收费合理",
                     "配件供应", "综合得分"], rows, widths=[24, 9, 9, 9, 9, 9, 9, 9, 9],
               title="2026年上半年客户满意度电话调查（2026年7月6日—7月17日）")
    ws3 = wb.create_sheet("历次满意度")
    xlsx_sheet(ws3, ["调查期", "调查方式", "有效样本", "综合得分", "主要意见", "备注"], [
        ["2024年上半年", "电话抽样", 286, 88.2, "配件等待时间长；贺州到场慢", ""],
        ["2024年下半年", "电话抽样", 301, 87.6, "配件等待；保外收费不清楚", ""],
        ["2025年上半年", "电话抽样", 298, 87.1, "到场慢（百色、河池）；配件", ""],
        ["2025年下半年", "—", "—", "—", "—", "未开展（客服主管岗位调整）"],
        ["2026年上半年", "电话抽样", n, overall, "配件供应、收费合理、合作维修点到场慢", ""],
    ], widths=[14, 10, 9, 9, 40, 26], title="历次客户满意度调查结果")
    save_xlsx(wb, out / "2026年客户投诉登记及满意度调查.xlsx", creator="黎晓燕", last_by="黎晓燕",
              created=d(2026, 1, 4, 9, 15), modified=d(2026, 11, 20, 17, 45),
              title="2026年客户投诉登记及满意度调查")


# --------------------------------------------------------------------------- #
# 9. 2026年服务人员培训及认证台账 (XLSX)
# --------------------------------------------------------------------------- #

TRAINING_PLAN = [
    # 月份, 课目, 对象, 形式, 课时, 预算(元), 执行情况
    ("1月", "年度开工安全生产培训", "全体服务人员", "集中授课＋笔试", 4, 3000, "已完成（1月10日）"),
    ("1月", "国四发动机后处理（DOC/DPF/SCR）原理与故障处理", "服务工程师", "厂家讲师授课＋实操", 6, 8000, "已完成（1月17日）"),
    ("按入职", "新员工岗前培训（10个工作日）", "新入职人员", "集中授课＋师带徒", 80, 10000, "已完成2期（5人）"),
    ("3月", "客服话术与工单系统", "客服中心", "授课", 2, 0, "已完成（3月6日）"),
    ("3月", "YS245新机型产品知识", "服务工程师、客服中心", "厂家讲师授课", 4, 3000, "已完成（3月20日）"),
    ("4月", "液压系统故障诊断（主阀、先导、泵调节）", "服务工程师", "授课＋实操", 8, 2000, "已完成（4月11日）"),
    ("4月", "服务礼仪与客户沟通", "全体服务人员", "外聘讲师、情景演练", 3, 15000, "已完成（4月25日）"),
    ("4月", "合作维修点人员培训", "合作维修点", "授课", 8, 2000, "已完成（4月28日），未安排考核"),
    ("5月", "《产品质量法》《民法典》买卖合同与保修条款", "工程师、客服、站长", "外聘律师授课", 2, 5000, "已完成（5月15日）"),
    ("6月", f"{BRAND}中级认证送训", "6人", "厂家培训中心5天", 40, 72000, "已完成，5人通过"),
    ("7月", "全员服务理念和服务规范培训", "全体服务人员", "集中授课", 2, 2000, "未开展（秋季巡检准备，推迟）"),
    ("7月", "电控系统与故障码读取", "服务工程师", "授课＋实操", 4, 0, "已完成（7月8日）"),
    ("8月", "装载机变速箱与驱动桥维修", "服务工程师", "厂家讲师授课", 6, 3000, "已完成（8月20日）"),
    ("9月", "秋季巡检标准与检查表", "服务工程师", "授课", 2, 0, "已完成（9月3日）"),
    ("10月", f"{BRAND}高级认证送训", "2人", "厂家培训中心7天", 56, 40000, "已完成，1人通过"),
    ("11月", "焊工证复审", "4人", "外送", 16, 3200, "已完成（11月6日）"),
    ("全年", "桂工订单班实习补贴及带教", "订单班学生", "师带徒", "—", 180000, "进行中（7—8月实习12人）"),
    ("4月、9月、10月", "机手培训班（客户操作手）", "客户操作手", "集中授课＋实操", 8, 36000, "已完成3期"),
    ("12月", "年度服务规范考试", "全体服务人员", "笔试", 2, 0, "计划12月"),
]
TRAINING_PLAN_BUDGET = sum(t[5] for t in TRAINING_PLAN)

TRAINING = [
    # date, topic, trainer, audience, people, hours, exam, result
    (dt.date(2026, 1, 10), "年度开工安全生产培训（挂牌上锁、焊接动火、边坡作业）", "廖德胜", "全体服务人员", 58, 4, "笔试", "平均88.4分"),
    (dt.date(2026, 1, 17), "国四发动机后处理原理与再生故障处理", f"{BRAND}区域技术经理 周建明", "服务工程师", 36, 6, "实操", "合格率94%"),
    (dt.date(2026, 2, 26), "新员工岗前培训（第1期，10个工作日）", "陆永强、黎晓燕、廖德胜", "新入职工程师", 3, 80, "笔试＋实操", "平均84.7分"),
    (dt.date(2026, 3, 6), "客服话术与工单系统", "黎晓燕", "客服中心", 6, 2, "口试", "全部合格"),
    (dt.date(2026, 3, 20), "YS245新机型产品知识", f"{BRAND}产品经理 谭凯", "服务工程师、客服中心", 28, 4, "笔试", "平均86.1分"),
    (dt.date(2026, 4, 11), "液压系统故障诊断（主阀、先导、泵调节）", "陆永强", "服务工程师", 32, 8, "实操", "合格率91%"),
    (dt.date(2026, 4, 25), "服务礼仪与客户沟通", "外聘 南宁启航企业管理咨询 张老师", "全体服务人员", 45, 3, "情景演练", "—"),
    (dt.date(2026, 4, 28), "合作维修点人员培训（保修政策、工单、常见故障）", "陆永强、黄秋菊", "合作维修点", 6, 8, "无", "—"),
    (dt.date(2026, 5, 15), "《产品质量法》《民法典》买卖合同与保修条款解读", "外聘 广西邕法律师事务所 蒙律师", "工程师、客服、站长", 40, 2, "无", "—"),
    (dt.date(2026, 6, 1), f"{BRAND}中级服务工程师认证培训", f"{BRAND}培训中心", "送训工程师", 6, 40, "厂家认证考试", "5人通过"),
    (dt.date(2026, 6, 20), "防汛抢修应急演练", "覃海波、廖德胜", "南宁本部", 22, 3, "演练评估", "基本达到要求"),
    (dt.date(2026, 7, 8), "电控系统与故障码读取（诊断电脑使用）", "甘志华", "服务工程师", 30, 4, "实操", "合格率93%"),
    (dt.date(2026, 8, 14), "新员工岗前培训（第2期，10个工作日）", "陆永强、黎晓燕、廖德胜", "新入职工程师", 2, 80, "笔试＋实操", "平均81.5分"),
    (dt.date(2026, 8, 20), "装载机变速箱与驱动桥维修", f"{BRAND}讲师 刘斌", "服务工程师", 18, 6, "笔试", "平均85.3分"),
    (dt.date(2026, 9, 3), "秋季巡检标准与28项检查表", "覃海波", "服务工程师", 40, 2, "无", "—"),
    (dt.date(2026, 10, 12), f"{BRAND}高级服务工程师认证培训", f"{BRAND}培训中心", "送训工程师", 2, 56, "厂家认证考试", "1人通过"),
    (dt.date(2026, 11, 6), "焊工证复审培训", "南宁市特种作业培训中心", "持证焊工", 4, 16, "复审考试", "4人通过"),
]

ROSTER = [
    # name, station, post, hired, level, cert date, special, licence
    ("梁国富", "南宁本部", "车间主任", "2012-03", "高级", "2019-10", "焊工证", "B2"),
    ("韦金宝", "南宁本部", "服务工程师", "2013-07", "高级", "2021-11", "焊工证", "B2"),
    ("覃立新", "南宁本部", "服务工程师", "2014-04", "高级", "2022-10", "低压电工证", "C1"),
    ("黄振宇", "南宁本部", "服务工程师", "2016-06", "中级", "2020-06", "—", "C1"),
    ("蓝志明", "南宁本部", "服务工程师", "2017-03", "中级", "2021-06", "焊工证", "C1"),
    ("莫宏伟", "南宁本部", "服务工程师", "2018-07", "中级", "2026-06", "—", "C1"),
    ("陆春生", "南宁本部", "服务工程师", "2018-09", "中级", "2023-06", "低压电工证", "C1"),
    ("农家宝", "南宁本部", "服务工程师", "2019-07", "中级", "2026-06", "—", "C1"),
    ("廖文杰", "南宁本部", "服务工程师", "2020-07", "初级", "2021-05", "—", "C1"),
    ("罗海涛", "南宁本部", "服务工程师", "2021-03", "初级", "2021-12", "焊工证", "C1"),
    ("李光明", "南宁本部", "服务工程师", "2021-07", "初级", "2022-05", "—", "C1"),
    ("谢永福", "南宁本部", "服务工程师", "2022-07", "初级", "2023-04", "—", "C1"),
    ("邓超", "南宁本部", "服务工程师", "2023-07", "初级", "2024-05", "—", "C1"),
    ("卢俊杰", "南宁本部", "服务工程师", "2024-07", "初级", "2025-05", "—", "C1"),
    ("何家乐", "南宁本部", "服务工程师", "2026-02", "未认证", "—", "—", "C1"),
    ("苏国强", "南宁本部", "服务工程师", "2026-02", "未认证", "—", "—", "C1"),
    ("潘志勇", "柳州站", "站长", "2011-05", "高级", "2018-11", "焊工证", "B2"),
    ("覃建军", "柳州站", "服务工程师", "2015-08", "中级", "2019-06", "—", "C1"),
    ("韦东升", "柳州站", "服务工程师", "2017-07", "中级", "2022-06", "低压电工证", "C1"),
    ("龙文斌", "柳州站", "服务工程师", "2018-03", "中级", "2026-06", "—", "C1"),
    ("杨世杰", "柳州站", "服务工程师", "2020-07", "初级", "2021-06", "焊工证", "C1"),
    ("吴海波", "柳州站", "服务工程师", "2021-07", "初级", "2022-06", "—", "C1"),
    ("梁伟", "柳州站", "服务工程师", "2022-07", "初级", "2023-05", "—", "C1"),
    ("欧阳明", "柳州站", "服务工程师", "2024-03", "初级", "2024-12", "—", "C1"),
    ("蒋文斌", "桂林站", "站长", "2013-02", "中级", "2017-06", "—", "B2"),
    ("唐振华", "桂林站", "服务工程师", "2014-07", "高级", "2026-10", "焊工证", "C1"),
    ("秦晓东", "桂林站", "服务工程师", "2017-07", "中级", "2021-06", "—", "C1"),
    ("阳志刚", "桂林站", "服务工程师", "2019-04", "中级", "2026-06", "—", "C1"),
    ("周立平", "桂林站", "服务工程师", "2021-07", "初级", "2022-05", "低压电工证", "C1"),
    ("李德才", "桂林站", "服务工程师", "2023-07", "初级", "2024-06", "—", "C1"),
    ("全俊峰", "桂林站", "服务工程师", "2026-02", "未认证", "—", "—", "C1"),
    ("庞德明", "玉林站", "站长", "2012-09", "中级", "2016-10", "焊工证", "B2"),
    ("钟伟强", "玉林站", "服务工程师", "2016-07", "中级", "2020-06", "—", "C1"),
    ("陈国华", "玉林站", "服务工程师", "2018-07", "中级", "2023-06", "—", "C1"),
    ("梁宇", "玉林站", "服务工程师", "2020-03", "初级", "2020-12", "—", "C1"),
    ("冯家豪", "玉林站", "服务工程师", "2022-07", "初级", "2023-06", "低压电工证", "C1"),
    ("刘振兴", "玉林站", "服务工程师", "2026-08", "未认证", "—", "—", "C1"),
    ("岑海生", "百色站", "站长", "2014-05", "中级", "2018-06", "焊工证", "B2"),
    ("黄明亮", "百色站", "服务工程师", "2017-07", "中级", "2022-06", "—", "C1"),
    ("罗国安", "百色站", "服务工程师", "2019-07", "中级", "2026-06", "—", "C1"),
    ("陆建平", "百色站", "服务工程师", "2021-07", "初级", "2022-06", "—", "C1"),
    ("农志远", "百色站", "服务工程师", "2026-08", "未认证", "—", "—", "C1"),
]

NEWCOMERS = [
    # name, station, batch, written, practical, mentor, on duty
    ("何家乐", "南宁本部", "第1期（2026-02-26至03-11）", 86, "合格", "韦金宝", dt.date(2026, 3, 12)),
    ("苏国强", "南宁本部", "第1期（2026-02-26至03-11）", 83, "合格", "覃立新", dt.date(2026, 3, 12)),
    ("全俊峰", "桂林站", "第1期（2026-02-26至03-11）", 85, "补考合格", "唐振华", dt.date(2026, 3, 16)),
    ("刘振兴", "玉林站", "第2期（2026-08-14至08-27）", 80, "合格", "钟伟强", dt.date(2026, 8, 31)),
    ("农志远", "百色站", "第2期（2026-08-14至08-27）", 83, "合格", "黄明亮", dt.date(2026, 8, 31)),
]

REWARDS = [
    [dt.date(2026, 1, 15), "南宁本部", "韦金宝", "奖励", "2025年度“金扳手奖”", "奖金5,000元", "黄志坚"],
    [dt.date(2026, 1, 15), "柳州站", "潘志勇", "奖励", "2025年度“金扳手奖”", "奖金5,000元", "黄志坚"],
    [dt.date(2026, 1, 15), "玉林站", "钟伟强", "奖励", "2025年度“金扳手奖”", "奖金5,000元", "黄志坚"],
    [dt.date(2026, 1, 15), "客服中心", "蒙婷婷", "奖励", "2025年度“优秀客服”", "奖金2,000元", "黄志坚"],
    [dt.date(2026, 2, 6), "桂林站", "阳志刚", "处罚", "1月全州县工单到场超时，未向调度报告原因", "扣绩效200元", "覃海波"],
    [dt.date(2026, 3, 17), "南宁本部", "罗海涛", "处罚", "3月15日夜间值班，400转接电话未接听（客户投诉）", "扣绩效100元", "覃海波"],
    [dt.date(2026, 3, 30), "百色站", "黄明亮", "奖励", "田东县抢修，客户送锦旗书面表扬", "奖励300元", "覃海波"],
]


def make_training_book(out: Path, orders, cs):
    wb = Workbook()
    ws = wb.active
    ws.title = "年度培训计划"
    xlsx_sheet(ws, ["序号", "计划月份", "课目", "对象", "形式", "课时", "预算(元)", "执行情况"],
               [[i, *t] for i, t in enumerate(TRAINING_PLAN, 1)]
               + [["", "", "合计", "", "", "", TRAINING_PLAN_BUDGET, ""]],
               widths=[6, 12, 40, 20, 18, 6, 10, 30], title="2026年售后服务人员培训计划及执行情况")
    ws2 = wb.create_sheet("培训实施记录")
    xlsx_sheet(ws2, ["日期", "培训内容", "讲师", "对象", "参训人数", "课时", "考核方式", "考核结果", "记录人"],
               [[*t, "卢美玲"] for t in TRAINING],
               widths=[11, 44, 30, 20, 9, 6, 14, 12, 8], title="2026年培训签到及考核汇总")
    ws3 = wb.create_sheet("工程师认证名册")
    xlsx_sheet(ws3, ["序号", "姓名", "站点", "岗位", "入职年月", f"{BRAND}认证等级", "取得时间",
                     "特种作业证", "驾驶证"], [[i, *r] for i, r in enumerate(ROSTER, 1)],
               widths=[6, 9, 10, 11, 10, 14, 10, 12, 8], title="服务工程师认证及持证名册（2026年11月）")
    ws4 = wb.create_sheet("岗前培训成绩")
    xlsx_sheet(ws4, ["序号", "姓名", "站点", "期次", "笔试成绩", "实操考核", "带教师傅", "上岗日期"],
               [[i, *r] for i, r in enumerate(NEWCOMERS, 1)],
               widths=[6, 9, 10, 28, 9, 10, 10, 11], title="2026年新员工岗前培训考核及师带徒安排")
    ws5 = wb.create_sheet("服务奖惩登记")
    rw = list(REWARDS)
    by_no = {o["no"]: o for o in orders}
    for c in cs:  # penalties from complaints, registered only until early April
        if c["day"] < dt.date(2026, 4, 10) and c["ref"] in by_no and "扣" in c["measure"] \
                and not c["station"].endswith("合作点"):
            o = by_no[c["ref"]]
            rw.append([c["close"], o["m"]["station"], o["engineer"], "处罚",
                       f"{c['cat']}（投诉{c['no']}，工单{c['ref']}）", "扣绩效100元", "覃海波"])
    rw.sort(key=lambda r: r[0])
    xlsx_sheet(ws5, ["日期", "部门/站点", "姓名", "奖/惩", "事由", "处理", "批准人"], rw,
               widths=[11, 10, 8, 7, 46, 16, 8], title="服务奖惩登记表")
    save_xlsx(wb, out / "2026年服务人员培训及认证台账.xlsx", creator="卢美玲", last_by="卢美玲",
              created=d(2025, 12, 18, 10, 0), modified=d(2026, 11, 9, 15, 20),
              title="2026年服务人员培训及认证台账")


# --------------------------------------------------------------------------- #
# 10. 2026年新机交付调试及巡检保养记录 (XLSX)
# --------------------------------------------------------------------------- #

OPERATOR_CLASSES = [
    [dt.date(2026, 4, 16), "南宁本部培训室及试机场", "挖掘机安全操作、日常点检、国四后处理使用", 46, 8, "陆永强、梁国富", "发放《机手手册》，现场实操"],
    [dt.date(2026, 9, 24), "百色站", "矿山工况挖掘机操作与保养、DPF再生", 32, 8, "陆永强、岑海生", "百色右江矿业机手24人参加"],
    [dt.date(2026, 10, 22), "玉林站", "装载机安全操作与保养、常见报警处理", 28, 8, "甘志华、庞德明", ""],
]


def make_delivery_book(out: Path, dels, maint, insp):
    wb = Workbook()
    ws = wb.active
    ws.title = "新机交付"
    rows = []
    for i, r in enumerate(dels, 1):
        m = r["m"]
        rows.append([i, r["no"], r["contract"], m["customer"], m["model"], m["serial"], m["area"],
                     r["promised"], r["arrive"], r["delivered"], r["ontime"], r["train_h"],
                     r["trainees"], "缺环保信息标签（已补寄）" if r["note"].startswith("随机资料缺") else "齐全",
                     r["label"], "已激活", r["station"], r["engineer"], "是",
                     r["note"]])
    xlsx_sheet(ws, ["序号", "交付单号", "合同编号", "客户", "机型", "整机编号", "交付地点", "合同约定交付日期",
                    "到货日期", "交付调试完成日期", "是否按期", "操作手培训(小时)", "培训人数", "随机资料",
                    "环保信息标签核对", "GPS终端", "交付站点", "交付工程师", "客户签字", "备注"], rows,
               widths=[6, 9, 14, 26, 8, 16, 12, 12, 11, 12, 8, 10, 8, 8, 16, 8, 10, 9, 8, 36],
               title="2026年新机交付调试及操作手培训记录")
    ws2 = wb.create_sheet("免费保养")
    xlsx_sheet(ws2, ["序号", "保养单号", "保养日期", "客户", "机型", "整机编号", "所在地", "保养类别",
                     "保养时工作小时", "GPS提醒日期", "服务站点", "工程师", "保养项目", "费用", "客户签字"],
               maint, widths=[6, 9, 11, 26, 8, 16, 12, 11, 10, 11, 10, 9, 50, 6, 8],
               title="2026年新机免费保养记录（250小时、500小时）")
    ws3 = wb.create_sheet("春秋季巡检")
    xlsx_sheet(ws3, ["序号", "巡检日期", "活动", "服务站点", "客户", "机型", "整机编号", "所在地", "工作小时",
                     "检查项目", "结论", "发现问题", "处理", "工程师", "客户签字"], insp,
               widths=[6, 11, 11, 10, 26, 8, 16, 12, 9, 30, 9, 18, 24, 9, 8],
               title="2026年“开工服务月”“服务万里行”免费巡检记录")
    ws4 = wb.create_sheet("机手培训班")
    xlsx_sheet(ws4, ["日期", "地点", "内容", "参加人数", "课时", "讲师", "备注"], OPERATOR_CLASSES,
               widths=[11, 20, 40, 9, 6, 16, 26], title="2026年客户机手培训班")
    save_xlsx(wb, out / "2026年新机交付调试及巡检保养记录.xlsx", creator="黄秋菊", last_by="何晓东",
              created=d(2026, 1, 5, 9, 0), modified=d(2026, 11, 20, 16, 30),
              title="2026年新机交付调试及巡检保养记录")


# --------------------------------------------------------------------------- #
# 11. 售后服务突发事件应急预案 (PDF)
# --------------------------------------------------------------------------- #

def make_emergency_pdf(out: Path):
    meta = dict(doc_no="GG-YJ-001", version="V1.0", effective="2024年6月1日",
                drafted="覃海波 2024.05.06", reviewed="韦国栋 2024.05.17",
                approved="黄志坚 2024.05.24")
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("售后服务突发事件应急预案", "title")
    a.add(pdf_cover_table(meta, WIDTH))
    a.add(Spacer(1, 10))

    a.ch("总则")
    a.art("为在突发事件发生时迅速组织力量、减少人员伤害和客户损失，保证服务不中断，制定本预案。")
    a.art("本预案适用于以下事件：（一）客户设备发生倾覆、火灾等重大事故，需要公司到现场支援；（二）服务人员在作业或行车途中发生人身伤害、交通事故；"
          "（三）台风、洪涝等灾害期间，政府部门或客户抢险设备的紧急维修保障；（四）批量质量问题、群体投诉或网络上集中出现的负面信息；"
          "（五）400系统、GPS平台故障造成服务中断。")

    a.ch("组织机构")
    a.art("成立突发事件应急领导小组：组长黄志坚（总经理），副组长韦国栋（副总经理），成员为售后服务部、配件部、行政人事部负责人和各服务站站长。")
    a.art("领导小组办公室设在售后服务部，主任覃海波，负责事件信息汇总、分析评估和处置协调；客服主管黎晓燕负责信息接收和首报。各成员职责如下：")
    a.add(pdf_table(["人员/部门", "职责"], [
        ["办公室主任 覃海波", "判断事件级别，提出处置方案，调派人员和车辆，事后组织总结"],
        ["客服中心 黎晓燕", "接收报告并在15分钟内报办公室主任，做好记录，统一答复客户"],
        ["技术支持组 陆永强", "事故设备技术分析，批量故障向厂家报告"],
        ["配件部 蒙丽娟", "应急配件调拨，抢险期间配件24小时发货"],
        ["安全员 廖德胜", "人员伤害和交通事故的现场处置、报告和调查"],
        ["行政人事部 卢美玲", "对外口径、媒体接待，受伤人员的救治和保险理赔"],
        ["各站站长", "本站辖区事件的第一响应人，组织现场处置"],
    ], [4.2 * cm, WIDTH - 4.2 * cm]))
    a.add(Spacer(1, 6))

    a.ch("分级与报告")
    a.art("事件分级：")
    a.add(pdf_table(["级别", "情形", "响应"], [
        ["Ⅰ级", "人员死亡或重伤；客户设备事故造成人员伤亡；被省级以上媒体报道", "组长指挥，1小时内启动"],
        ["Ⅱ级", "服务人员轻伤、交通事故；抢险保障任务；同一机型同一故障一周内5起以上；群体投诉", "副组长指挥，2小时内启动"],
        ["Ⅲ级", "单台设备重大故障影响重点工程；400系统或GPS平台中断超过2小时", "办公室主任处置"],
    ], [1.4 * cm, 10.2 * cm, WIDTH - 11.6 * cm]))
    a.add(Spacer(1, 6))
    a.art(f"现场人员发现事件后30分钟内报告站长和办公室；Ⅰ级事件由办公室在2小时内报告{BRAND}和当地有关部门。")

    a.ch("处置")
    a.art(f"客户设备事故：先确认人员安全，不擅自移动事故设备，保护现场，配合调查，技术支持组收集资料报{BRAND}。")
    a.art("人员伤害：立即送医，保护现场，安全员24小时内提交事故报告。")
    a.art("抢险保障：汛期（5—9月）每个服务站指定1辆服务车和2名工程师为抢险值班，配件部备足液压胶管、滤芯、油封包等应急配件。")
    a.art(f"批量质量问题和舆情：技术支持组24小时内报{BRAND}；行政人事部统一对外口径，任何人不得在网上与客户争执。")
    a.art("系统中断：400系统故障时启用备用手机号，并在公众号发布公告；GPS平台中断时由索赔与信息岗联系厂家恢复。")
    a.art("事件处置结束后10个工作日内，办公室形成书面总结，提出改进措施。")

    a.ch("保障")
    a.art("应急物资：每个服务站配备抢修工具包、移动照明灯和发电机；南宁本部随车吊服务车作为应急车辆。")
    a.art("应急处置所需费用从当年售后服务费用中列支，经组长或副组长批准后使用，事后补办手续。")
    a.art("每年汛期前组织一次应急演练，演练记录由售后服务部保存。")

    a.ch("附则")
    a.art("本预案由售后服务部负责解释，自2024年6月1日起施行。")
    a.add(Spacer(1, 8))
    a.p("附：应急联系表", "h2")
    a.add(pdf_table(["职务", "姓名", "联系电话"], [
        ["组长（总经理）", "黄志坚", "139****2618"],
        ["副组长（副总经理）", "韦国栋", "138****7705"],
        ["办公室主任（服务部经理）", "覃海波", "137****3090"],
        ["客服主管", "黎晓燕", "135****6612"],
        ["安全员", "廖德胜", "139****0471"],
        ["服务热线", "—", HOTLINE],
    ], [6.0 * cm, 3.0 * cm, WIDTH - 9.0 * cm]))

    build_pdf(out / "售后服务突发事件应急预案_GG-YJ-001.pdf", a.story,
              title="售后服务突发事件应急预案", author="覃海波", subject="GG-YJ-001",
              header_text="GG-YJ-001　V1.0", date=d(2024, 5, 24, 15, 0))


# --------------------------------------------------------------------------- #
# 12. 2026年度售后服务管理评审报告 (PDF)
# --------------------------------------------------------------------------- #

def _verdict(ok):
    return "达成" if ok else "未达成"


def make_review_pdf(out: Path, s, c, dels, survey):
    dl = [r for r in dels if r["delivered"].month <= 9]
    dl_rate = sum(1 for r in dl if r["ontime"] == "是") / len(dl)
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年度售后服务管理评审报告", "title")
    a.p("评审时间：2026年10月30日　地点：南宁本部三楼会议室　主持：黄志坚", "right")
    a.add(Spacer(1, 6))
    a.p("参加人员：韦国栋、覃海波、蒙丽娟、莫振宇、农建华、卢美玲、甘丽、黎晓燕、陆永强及四个服务站站长。本报告由售后服务部整理，数据截至2026年9月30日。")

    a.p("一、2025年度评审决议的落实情况", "h2")
    a.add(pdf_table(["2025年决议", "责任部门", "落实情况"], [
        ["百色站扩建前置库", "配件部", "已完成（2026年3月），前置库品种由420个增至680个"],
        ["桂林站、百色站各增加1辆服务车", "行政人事部", "已完成（2026年3月）"],
        ["上线GPS平台故障预警，客服主动联系客户", "索赔与信息岗", "已完成，2026年4月15日上线"],
        ["公众号服务承诺文章与手册统一", "客服中心/行政人事部", "未完成，公众号文章仍为2025年3月版本"],
        ["修订《客户投诉处理办法》", "客服中心", "未完成，现行版本为2019年版"],
        ["对合作维修点开展季度考核", "售后服务部", "未完成，仅在4月组织了一次培训"],
        ["制定大客户服务管理办法", "销售部/售后服务部", "9月形成征求意见稿，尚未发布"],
    ], [6.0 * cm, 3.6 * cm, WIDTH - 9.6 * cm]))
    a.add(Spacer(1, 4))

    a.p("二、服务目标完成情况（1—9月）", "h2")
    a.add(pdf_table(["指标", "2026年目标", "1—9月实际", "评价"], [
        ["回电及时率", "≥98%", f"{s['callback_rate']:.1%}", _verdict(s["callback_rate"] >= .98)],
        ["到场及时率", "≥95%", f"{s['arrive_rate']:.1%}", _verdict(s["arrive_rate"] >= .95)],
        ["48小时修复率", "≥90%", f"{s['fix48_rate']:.1%}", _verdict(s["fix48_rate"] >= .90)],
        ["回访率", "100%", f"{s['visit_rate']:.1%}", _verdict(s["visit_rate"] >= 1)],
        ["回访满意率", "≥92%", f"{s['visit_sat']:.1%}", _verdict(s["visit_sat"] >= .92)],
        ["返修率", "≤3%", f"{s['return_rate']:.1%}", _verdict(s["return_rate"] <= .03)],
        ["投诉解决率", "≥95%", f"{c['solve_rate']:.1%}", _verdict(c["solve_rate"] >= .95)],
        ["配件满足率", "≥95%", "91.3%", "未达成"],
        ["配件当日发货率", "≥98%", "95.2%", "未达成"],
        ["新机按期交付率", "≥98%", f"{dl_rate:.1%}", _verdict(dl_rate >= .98)],
        ["客户满意度", "≥90分", f"{survey:.1f}分（上半年）", _verdict(survey >= 90)],
    ], [3.6 * cm, 3.0 * cm, 4.4 * cm, WIDTH - 11.0 * cm], center_cols=(1, 2, 3)))
    a.add(Spacer(1, 4))

    a.p("三、内部检查情况", "h2")
    a.p("8月10日—21日，服务督导黎晓燕会同技术支持组陆永强对南宁本部和四个服务站进行了年度检查，抽查1—7月工单60单，并抽问工程师和合作维修点人员。主要发现：")
    for t in [
        f"1．保外现场工单抽查40张，6张没有客户签字的《维修报价确认单》。台账统计1—9月保外现场工单{s['paid']}单，报价单签字率{s['quote_rate']:.1%}。",
        f"2．1—9月应回访工单中有{s['unvisited']}单未回访，集中在3—4月开工高峰和坐席休假期间；回访率{s['visit_rate']:.1%}。",
        "3．百色站2把扭力扳手和1套液压测试压力表超过校验有效期（已于8月28日送检）。",
        "4．抽问自有工程师15人，14人能准确说出服务理念及其含义；抽问河池、梧州两家合作维修点4人，都说不出公司服务理念，也不清楚公司承诺的到场时限。",
        f"5．1—9月返修{s['returns']}单，按规定应逐单填写《返修分析单》，实际只有3份。",
        "6．《月度服务质量分析》只编写到5月，6月以后未再编写，月度服务例会也改为不定期召开。",
        "7．《服务奖惩登记表》4月以后没有登记；7月百色站一名工程师私收客户配件款被解除劳动合同，该事项也未登记。",
    ]:
        a.p(t, "sub")

    a.p("四、外部评价", "h2")
    a.p(f"1．{BRAND}2026年度服务商星级评审（7月22日—23日）：得分84.5分，评为三星级服务商（2025年82.0分）。扣分项主要是回访率、配件满足率和合作维修点管理。")
    a.p("2．1—9月收到12315平台转办投诉1件（二手机液压泵，未解决），市场监管部门未转来其他投诉。")
    a.p(f"3．1—9月客户投诉{c['total']}件，已解决{c['solved']}件，未解决{c['unsolved']}件，投诉处理及时率{c['timely_rate']:.1%}。")

    a.p("五、资源", "h2")
    a.p("2026年售后服务费用预算1,480万元（人员860万元、服务车运行210万元、工具设备95万元、培训40万元、备用机及保修垫付130万元、其他145万元），1—9月支出1,071万元；"
        "同期服务收入（维修工时和配件毛利）1,126万元。公司没有单列突发事件专项经费，6月贵港抢险支援（4台设备连续抢修6天）费用12.6万元从售后服务费用中列支。")
    a.p(f"目前服务工程师42人（含站长、车间主任），其中{BRAND}高级认证6人、中级16人、初级15人，2026年新入职5人尚未认证。百色站5名工程师负责约310台设备，工作量明显偏大。")

    a.p("六、评审结论与决议", "h2")
    a.p("评审认为，售后服务体系运行基本正常，回电、修复和回访满意率达到目标，GPS故障预警取得初步效果；主要问题是到场及时率、回访率、配件满足率和客户满意度未达标，"
        "合作维修点和文件管理薄弱。决议如下：")
    a.add(pdf_table(["序号", "决议", "责任部门", "完成期限"], [
        ["1", "2027年服务目标按下表调整", "售后服务部", "2026-12-31发布"],
        ["2", "按手册重新编写公众号服务承诺文章并发布", "客服中心/行政人事部", "2026-12-15"],
        ["3", "修订《客户投诉处理办法》", "客服中心", "2027-03-31"],
        ["4", "发布《大客户服务管理办法》，设大客户服务专员", "销售部/售后服务部", "2027-03-31"],
        ["5", "从2027年一季度起对合作维修点按季度考核，研究奖惩办法", "售后服务部", "2027-04-15"],
        ["6", "研究设立专职服务督导岗位", "行政人事部", "2027-06-30"],
        ["7", "2027年预算中拟单列突发事件应急备用金30万元", "财务部", "2027年预算编制时"],
        ["8", "贺州设服务点的可行性研究", "售后服务部", "2027-06-30"],
    ], [1.2 * cm, 8.2 * cm, 3.8 * cm, WIDTH - 13.2 * cm], center_cols=(0,)))
    a.add(Spacer(1, 4))
    a.p("2027年服务目标：", "body")
    a.add(pdf_table(["指标", "2026年目标", "2027年目标", "调整说明"], [
        ["回电及时率", "≥98%", "≥98%", "保持"],
        ["到场及时率", "≥95%", "≥95%", "保持，合作维修点单独考核"],
        ["48小时修复率", "≥90%", "≥92%", "提高"],
        ["回访率", "100%", "100%", "保持，增设专职回访员"],
        ["回访满意率", "≥92%", "≥93%", "提高"],
        ["投诉解决率", "≥95%", "≥97%", "提高"],
        ["配件满足率", "≥95%", "≥95%", "保持"],
        ["客户满意度", "≥90分", "≥88分", "按实际水平下调，分两年达到90分"],
    ], [3.6 * cm, 3.0 * cm, 3.0 * cm, WIDTH - 9.6 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 10))
    a.p("整理：黎晓燕　　审核：覃海波　　批准：黄志坚　　2026年11月6日", "right")

    build_pdf(out / "2026年度售后服务管理评审报告.pdf", a.story,
              title="2026年度售后服务管理评审报告", author="黎晓燕", subject="管理评审",
              header_text="管理评审报告　MR-2026", date=d(2026, 11, 6, 10, 30))


# --------------------------------------------------------------------------- #
# 13. 2026年售后服务工作总结及2027年工作计划 (PDF)
# --------------------------------------------------------------------------- #

def make_summary_pdf(out: Path, s, c, dels, maint, insp, survey, n_survey):
    ontime = sum(1 for r in dels if r["ontime"] == "是")
    spring = sum(1 for r in insp if r[2] == "开工服务月")
    autumn = len(insp) - spring
    found = sum(1 for r in insp if r[10] == "发现问题")
    train_h = sum(r["train_h"] for r in dels) / len(dels)
    ops = sum(r[3] for r in OPERATOR_CLASSES)
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年售后服务工作总结及2027年工作计划", "title")
    a.p("售后服务部　2026年11月21日", "right")
    a.add(Spacer(1, 6))
    a.p("今年售后服务部围绕“到场快一点、修得准一点、客户少停一点”开展工作。下面对1月1日至11月20日的工作作一总结，并提出2027年的打算。")

    a.p("一、主要数据", "h2")
    a.add(pdf_table(["项目", "2026年（截至11月20日）", "说明"], [
        ["服务设备保有量", "2,860台", "挖掘机2,140台、装载机520台、压路机200台；GPS在线2,310台"],
        ["故障报修工单", f"{s['total']}单", f"远程指导解决{s['remote']}单，现场维修{s['onsite']}单"],
        ["回电及时率", f"{s['callback_rate']:.1%}", "目标≥98%"],
        ["到场及时率", f"{s['arrive_rate']:.1%}", f"目标≥95%，超时{s['late']}单"],
        ["48小时修复率", f"{s['fix48_rate']:.1%}", "目标≥90%"],
        ["回访率／回访满意率", f"{s['visit_rate']:.1%}／{s['visit_sat']:.1%}", "目标100%／≥92%"],
        ["返修", f"{s['returns']}单（{s['return_rate']:.1%}）", "目标≤3%"],
        ["新机交付", f"{len(dels)}台", f"按期{ontime}台，按期交付率{ontime / len(dels):.1%}"],
        ["免费保养／巡检", f"{len(maint)}台次／{len(insp)}台次", f"巡检发现问题{found}台次，当场处理或预约维修"],
        ["客户投诉", f"{c['total']}件", f"2025年39件；已解决{c['solved']}件、未解决{c['unsolved']}件、处理中{c['open']}件"],
        ["投诉解决率", f"{c['solve_rate']:.1%}", "目标≥95%；2025年97.4%"],
        ["客户满意度", f"{survey:.1f}分", f"上半年电话抽样{n_survey}份，目标≥90分"],
        ["配件满足率／当日发货率", "91.3%／95.2%", "目标≥95%／≥98%"],
    ], [4.0 * cm, 4.6 * cm, WIDTH - 8.6 * cm], center_cols=(1,)))
    a.add(Spacer(1, 4))

    a.p("二、主要工作", "h2")
    a.p(f"（一）故障维修。全年受理故障报修{s['total']}单，保修期内{s['warranty']}单，保修索赔和旧件返厂全部按期完成。"
        f"坚持“远程先行”，{s['remote']}单通过电话、视频和平台故障码指导机手自行排除，客户不用等车。"
        f"修复超过72小时的{s['over72']}单，按规定提供了备用机或赠送保养工时。")
    a.p(f"（二）GPS故障预警。4月15日起，索赔与信息岗每天查看GPS平台的故障报警，客服中心对水温高、机油压力低、尿素和DPF报警等主动打电话提醒客户。"
        f"截至11月20日平台推送预警1,126条，主动联系客户418次，转为维修工单{s['gps']}单，多数在机器停机之前就处理了。")
    a.p(f"（三）新机交付和操作手培训。全年交付新机{len(dels)}台，操作手现场培训平均{train_h:.1f}小时；2台YS365因厂家排产推迟11天交付，事先与客户书面确认延期。"
        f"举办机手培训班{len(OPERATOR_CLASSES)}期，{ops}人参加。")
    a.p(f"（四）巡检和保养。春季“开工服务月”巡检{spring}台、秋季“服务万里行”巡检{autumn}台；完成新机250小时、500小时免费保养{len(maint)}台次。")
    a.p("（五）重点工程驻场。为广西桂通路桥工程有限公司的高速公路路基标段（在场设备23台）和百色右江矿业有限公司露天矿（在场设备18台）分别制定驻场服务方案，各派1名工程师驻场；"
        "矿山工况下把液压油滤芯更换周期由1,000小时缩短到750小时，斗齿和履带板按月巡查。"
        "服务部经理和站长全年拜访A类客户41次（10家，按每季度一次应为40次），B类客户按半年一次走访，拜访记录存客户档案。")
    a.p(f"（六）质量信息反馈。技术支持组全年向{BRAND}提交《质量信息快报》37份。其中2025年批次YS215回转马达漏油5起，厂家发布技术通报改进油封设计，并对广西在用的46台同批次设备主动检查；"
        "YS135国四机型DPF再生失败问题，厂家分两批为客户刷写了发动机程序。")
    a.p(f"（七）培训和认证。全年组织培训{len(TRAINING)}场，中级认证5人通过、高级认证1人通过，新员工5人完成岗前培训并安排师带徒；“桂工订单班”12名学生7—8月到各站实习。")
    a.p("（八）二手机。收购二手机31台，售出27台，全部出具评估报告和整备清单；质保期内维修3台，1台因退车要求未达成一致（12315转办）。")
    a.p("（九）环保。废矿物油9.8吨、废滤芯2.1吨委托南宁市绿洁环保科技有限公司处置，转移联单齐全；保修旧件按期返厂。")

    a.p("三、存在的问题", "h2")
    st = s["stations"]
    worst = "、".join(f"{k}（{v[1]:.1%}{'，含贺州片区' if k == '桂林站' else ''}）"
                      for k, v in sorted(st.items(), key=lambda kv: kv[1][1])[:2])
    for t in [
        f"1．到场及时率{s['arrive_rate']:.1%}，没有达到95%的目标。超时主要在{worst}和3—4月开工高峰。"
        f"贺州没有网点，保有量96台，今年现场报修{s['hezhou_n']}单，平均到场{s['hezhou_avg']:.1f}小时。",
        f"2．回访率只有{s['visit_rate']:.1%}，坐席只有3席，3—4月开工高峰和人员休假时漏访较多；3月400系统显示未接来电286通、4月241通。夜间转接值班手机也出现过无人接听（3月投诉1件）。",
        f"3．保外现场工单报价单签字率{s['quote_rate']:.1%}，仍有工程师先修后报价，全年因此发生收费投诉4件。",
        "4．配件满足率91.3%、当日发货率95.2%，均未达到目标。主泵、回转马达等大件依赖厂家中心库，一般要等3—5天；配件到分站还靠快递和客运班车带货，没有固定的配送班车。",
        f"5．客户投诉{c['total']}件，比2025年多7件，解决率{c['solve_rate']:.1%}，比2025年的97.4%有所下降。目前只统计投诉件数，还没有按保有量计算投诉率，也没有针对解决率下降采取专门措施。",
        "6．公众号2025年3月发布的服务承诺文章写的是“4小时到场”“保外维修免收上门服务费”“全区14个地市服务网络全覆盖”，与手册规定不一致，今年有2位客户拿着文章投诉到场慢。",
        "7．服务督导由客服主管兼任，精力顾不过来，《月度服务质量分析》6月以后中断，《服务奖惩登记表》4月以后没有坚持登记；返修分析单全年只有3份。",
        "8．公司目前没有人取得售后服务管理师证书。",
        "9．原计划7月的全员服务理念和服务规范培训没有开展，全年只有新员工岗前培训讲了服务理念。",
        "10．合作维修点的工单靠微信报送，公司看不到处理过程；季度考核没有开展，对合作维修点也还没有奖惩办法；合作维修点人员不了解公司的服务理念和到场时限。",
        "11．《大客户服务管理办法》还是征求意见稿，大客户由销售部客户经理兼管，没有专职服务人员。",
        "12．400系统、厂家DMS、GPS平台和Excel台账各自独立，工单要重复录入；公司没有客户管理系统，售前的商机跟进也没有系统记录。",
        "13．客户资料和GPS平台账号的管理没有制度，平台账号多人共用，客户信息保护制度尚未建立。",
        "14．今年百色站、玉林站有两批废铅蓄电池（约60块）自行卖给了当地废品收购站，对方没有危险废物经营资质，不符合配件部的规定。",
        "15．《合格供方名录》2023年以后没有评价过，对外协油缸修复厂等供方没有跟踪检查，也没有考核奖惩。",
        f"16．2025年下半年的满意度调查因人员调整没有做，2026年上半年满意度{survey:.1f}分，低于90分的目标；“收费合理”“配件供应”两项得分最低。",
        "17．售后服务部全年没有组织过团队活动；对机手的关怀也没有专门的活动。",
        "18．公司没有为服务方面的创新单列人员和经费，GPS故障预警是信息岗何晓东在日常工作之外做起来的。",
        "19．公司网站2024年12月停用后没有恢复，客户只能通过公众号在线报修。",
    ]:
        a.p(t, "sub")

    a.p("四、2027年工作计划", "h2")
    for t in [
        "1．开展贺州设服务点的可行性研究；河池合作点增加1名维修人员；到场及时率达到95%。",
        "2．客服中心增加1名坐席和1名专职回访员，回访率达到100%。",
        "3．计划2027年开通南宁至各服务站的配件周转班车（每周三次），前置库增加主泵、回转马达等大件储备。",
        "4．选送2人参加售后服务管理师培训。",
        "5．拟与南宁市邕江职业技术学校合作，研究高温高湿工况下国四后处理故障的规律，减少DPF类报修。",
        "6．计划2027年推出“机手之家”关怀活动（高温送清凉、机手生日问候、机手技能比武）。",
        "7．计划每季度组织一次服务团队活动。",
        "8．制定《客户信息管理办法》，GPS平台账号一人一号。",
        "9．发布《大客户服务管理办法》，设大客户服务专员2名。",
        "10．拟在年度客户大会上开展各服务站服务评比，由客户打分。",
        "11．研究上线客户服务管理系统，打通400、DMS和GPS平台。",
        "12．恢复公司网站，增加售后服务页面和在线报修。",
        "13．废蓄电池统一收回南宁本部，交有资质的单位处置。",
    ]:
        a.p(t, "sub")
    a.add(Spacer(1, 10))
    a.p("编制：覃海波　　审核：韦国栋　　2026年11月21日", "right")

    build_pdf(out / "2026年售后服务工作总结及2027年工作计划.pdf", a.story,
              title="2026年售后服务工作总结及2027年工作计划", author="覃海波",
              subject="年度工作总结", header_text="售后服务部", date=d(2026, 11, 21, 17, 40))


# --------------------------------------------------------------------------- #
# 14. 公众号文章 (TXT, 2025-03, not updated)
# --------------------------------------------------------------------------- #

PAGE_TXT = f"""桂工服务｜一个电话，服务到家——桂工2025年服务承诺
（“广西桂工机械”微信公众号文章，2025年3月12日发布，阅读3,216）

开工季到了，各位老板的机器都准备好了吗？

桂工在身边，设备不停工。这是桂工服务的理念，也是我们对每一位岳山用户的承诺。

【24小时服务热线】
{HOTLINE}
白天晚上都有人接，公众号菜单“服务—在线报修”也可以直接报修。

【我们的服务网络】
南宁总部服务中心，加上柳州、桂林、玉林、百色四个服务站，22台服务车随时出动，服务网络覆盖全区14个地市。

【桂工服务承诺】
· 2小时响应：接到报修后，客服马上回电，工程师2小时内出发。
· 4小时到场：全区范围内，工程师4小时到达现场。
· 24小时修复：常见故障24小时内修好，需要调件的第一时间告诉您到货时间。
· 保外维修免收上门服务费，只收工时费和配件费，价格透明。

【买新机，桂工还送】
· 免费交机调试，机手现场培训。
· 前两次保养（250小时、500小时）免费。
· 每年春、秋两次免费巡检。
· GPS终端实时查看工作小时，到点提醒保养。

【报修流程】
1. 拨打{HOTLINE}，或在公众号“服务—在线报修”填写机号、位置和故障。
2. 客服30分钟内回电，告诉您工程师的姓名和电话。
3. 工程师上门检查维修，保外维修先报价、您同意后再修。
4. 修好后请您在服务工单上签字。
5. 客服回访，听听您的意见。

【原厂配件】
桂工只卖岳山原厂配件，每个配件包装上都有防伪二维码，扫一扫就能验真假。

【精品二手机】
桂工二手机都经过专业评估和整备，出具评估报告，发动机、液压泵享受3个月质保。

有任何问题，请拨打{HOTLINE}。桂工在身边，设备不停工！

（长按识别二维码，关注“广西桂工机械”）
"""


def make_page_txt(out: Path):
    (out / "桂工公众号文章《一个电话，服务到家》（2025年3月）.txt").write_text(PAGE_TXT, encoding="utf-8")


# --------------------------------------------------------------------------- #

def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    pool = machine_pool()
    orders = repair_orders(pool)
    dels = deliveries(pool)
    cs = complaints(orders, pool, dels)
    maint = free_maintenance(pool, dels)
    insp = inspections(pool)
    _, survey, n_survey = survey_rows()
    for make in (make_manual, make_repair_procedure, make_delivery_procedure,
                 make_complaint_procedure, make_parts_rules, make_key_account_draft,
                 make_emergency_pdf, make_page_txt):
        make(out)
    make_order_ledger(out, orders)
    make_complaint_book(out, cs)
    make_training_book(out, orders, cs)
    make_delivery_book(out, dels, maint, insp)
    make_review_pdf(out, order_stats(orders, upto_month=9), complaint_stats(cs, upto_month=9),
                    dels, survey)
    make_summary_pdf(out, order_stats(orders), complaint_stats(cs), dels, maint, insp, survey,
                     n_survey)
    for f in sorted(out.iterdir()):
        if f.suffix in (".docx", ".pdf", ".xlsx", ".txt"):
            print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main(sys.argv)
