"""Generate the sample document set of 山东阳光谷新能源科技有限公司 (a fictional company).

A distributor and installer of household and small commercial rooftop PV systems (户用光伏,
工商业屋顶; 组件, 逆变器, 支架, 储能 of several makers) in the county towns of 济南, 泰安, 德州 and
聊城: 勘察设计, 安装并网 with the county 供电公司, 运维 (清洗, 巡检, 故障处理), 发电量监测 through
the inverter makers' apps, 质保, and a network of 乡镇服务商 who sell and do first-line service.
The files are written to evidence_samples/yangguanggu-solar/.  All content lives in this
script; the output is deterministic (fixed dates, seeded RNG, fixed ZIP timestamps, fixed PDF
dates).

    /work/venv/bin/python tools/samples/make_yangguanggu.py [output_dir]

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
DEFAULT_OUT = ROOT / "evidence_samples" / "yangguanggu-solar"
COMPANY = "山东阳光谷新能源科技有限公司"
SHORT_NAME = "阳光谷"
HOTLINE = "400-635-8126"
WECHAT = "阳光谷光伏服务"

DocxBuilder = partial(common.DocxBuilder, company=COMPANY)
build_pdf = partial(common.build_pdf, company=COMPANY)
xlsx_sheet = partial(common.xlsx_sheet, head_fill="FFF2CC")

WIDTH = A4[0] - 4.4 * cm
AS_OF = dt.date(2026, 11, 20)

# --------------------------------------------------------------------------- #
# shared data
# --------------------------------------------------------------------------- #

SURNAMES = ("王李张刘陈杨赵孙马高郭吕宋郑韩冯于董曹袁许魏田任姜范石姚谭邵孟崔"
            "侯秦薛尹段武乔贺毕房栾鲁葛颜邢耿庞牛商聂亓巩")


def masked_name(rng):
    return rng.choice(SURNAMES) + rng.choice(["**", "*", "**", "某"])


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


# county: (city, service station or None, dispatching station, towns, install weight)
COUNTIES = {
    "平阴县": ("济南", "平阴服务站", "平阴服务站",
            ["孔村镇", "孝直镇", "洪范池镇", "东阿镇", "玫瑰镇", "安城镇"], 10),
    "长清区": ("济南", "平阴服务站", "平阴服务站",
            ["万德街道", "张夏街道", "马山镇", "双泉镇", "孝里街道", "归德街道"], 8),
    "商河县": ("济南", None, "齐河服务站", ["玉皇庙镇", "殷巷镇", "怀仁镇", "龙桑寺镇", "郑路镇"], 5),
    "肥城市": ("泰安", "肥城服务站", "肥城服务站",
            ["边院镇", "汶阳镇", "安驾庄镇", "王庄镇", "湖屯镇", "石横镇", "孙伯镇"], 14),
    "宁阳县": ("泰安", "肥城服务站", "肥城服务站",
            ["磁窑镇", "华丰镇", "伏山镇", "堽城镇", "蒋集镇", "东疏镇"], 10),
    "东平县": ("泰安", None, "肥城服务站", ["接山镇", "老湖镇", "彭集街道", "沙河站镇", "大羊镇"], 5),
    "齐河县": ("德州", "齐河服务站", "齐河服务站",
            ["焦庙镇", "刘桥镇", "胡官屯镇", "宣章屯镇", "华店镇", "潘店镇"], 12),
    "禹城市": ("德州", "齐河服务站", "齐河服务站", ["房寺镇", "张庄镇", "辛店镇", "伦镇", "莒镇"], 9),
    "临邑县": ("德州", None, "齐河服务站", ["临盘街道", "孟寺镇", "德平镇", "兴隆镇", "宿安乡"], 4),
    "茌平区": ("聊城", "茌平服务站", "茌平服务站",
            ["博平镇", "韩屯镇", "杜郎口镇", "肖家庄镇", "菜屯镇", "贾寨镇"], 11),
    "东阿县": ("聊城", "茌平服务站", "茌平服务站", ["姜楼镇", "牛角店镇", "鱼山镇", "刘集镇", "高集镇"], 8),
    "高唐县": ("聊城", None, "茌平服务站", ["清平镇", "琉璃寺镇", "梁村镇", "尹集镇"], 4),
    "冠县": ("聊城", None, "茌平服务站", ["清水镇", "贾镇", "梁堂镇", "辛集镇"], 3),
}
STATION_COUNTIES = [k for k, v in COUNTIES.items() if v[1]]
AGENT_ONLY_COUNTIES = [k for k, v in COUNTIES.items() if not v[1]]

STATIONS = {
    # station: (address, head, engineers, opened)
    "平阴服务站": ("平阴县榆山街道锦水路", "吴海波", ["吴海波", "李振", "刘洪伟", "张传明"], "2020年4月"),
    "肥城服务站": ("肥城市新城街道泰临路", "尹成龙", ["尹成龙", "王成刚", "郭庆", "宋永强", "陈超"], "2021年3月"),
    "齐河服务站": ("齐河县晏城街道齐晏大街", "崔建华", ["崔建华", "孙鹏", "魏广才"], "2025年12月"),
    "茌平服务站": ("聊城市茌平区振兴街道新政路", "孟庆伟", ["孟庆伟", "田宝林", "杜志刚", "贾文涛"], "2022年5月"),
}
INSTALL_TEAMS = ["安装一班（李德军）", "安装二班（王洪涛）", "安装三班（赵立新）", "安装四班（石磊）"]
QC_STAFF = ["许立新", "郭亮"]
CALLBACK_STAFF = ["孙晓", "王蕾"]
CS_STAFF = ["刘倩", "张玉婷", "王蕾", "孙晓"]

MODULES = [("隆基 580W N型双面", 580), ("晶科 585W N型双面", 585), ("天合 610W N型双面", 610)]
INVERTERS = ["锦浪", "古瑞瓦特", "固德威"]
INV_SIZES = [15, 17, 20, 25, 30, 33, 36, 40, 50]

# --------------------------------------------------------------------------- #
# 乡镇服务商 (village agents)
# --------------------------------------------------------------------------- #

AGENT_PLAN = {  # county: number of agents
    "平阴县": 3, "长清区": 3, "商河县": 5, "肥城市": 4, "宁阳县": 4, "东平县": 5, "齐河县": 3,
    "禹城市": 3, "临邑县": 4, "茌平区": 3, "东阿县": 3, "高唐县": 3, "冠县": 3,
}
SHOP_PREFIX = ["兴农", "鑫源", "宏达", "福兴", "金穗", "顺发", "利民", "永昌", "惠民", "恒通", "德顺",
               "富民", "旺达", "春晖", "广源", "瑞丰", "隆兴", "益农", "新华", "长盛"]
SHOP_TYPE = ["家电门市部", "农资店", "五金水暖店", "电动车行", "建材店", "家电维修部", "通讯器材店"]
GIVEN = ["立强", "保国", "建军", "玉华", "庆山", "广明", "志勇", "传福", "红梅", "兆伟", "德胜", "长江",
         "秀英", "洪亮", "振华", "宪文", "俊峰", "春生", "明磊", "桂芝", "海军", "树林", "文涛", "凤霞"]


def make_agents():
    rng = random.Random(46046)
    agents = []
    for county, n in AGENT_PLAN.items():
        towns = rng.sample(COUNTIES[county][3], n)
        for town in towns:
            person = rng.choice(SURNAMES[:30]) + rng.choice(GIVEN)
            name = f"{county}{town}{rng.choice(SHOP_PREFIX)}{rng.choice(SHOP_TYPE)}"
            y = rng.choice([2024, 2024, 2025, 2025, 2025, 2026])
            m = rng.randint(1, 12) if y < 2026 else rng.randint(1, 8)
            signed = dt.date(y, m, rng.randint(1, 28))
            agents.append(dict(county=county, town=town, name=name, person=person, signed=signed,
                               elec=None, scope=None))
    agents.sort(key=lambda a: a["signed"])
    for i, a in enumerate(agents, 1):
        a["no"] = f"FWS-{i:03d}"
        a["elec"] = rng.random() < 0.58
        a["scope"] = rng.choice(["推广销售、报修转交", "推广销售、报修转交、组件清洗",
                                 "推广销售、报修转交、组件清洗、通讯故障复位", "推广销售"])
    return agents


AGENTS = make_agents()

# --------------------------------------------------------------------------- #
# 2026 installation and grid-connection ledger
# --------------------------------------------------------------------------- #

INSTALL_MONTHS = {1: 12, 2: 6, 3: 24, 4: 30, 5: 28, 6: 22, 7: 18, 8: 20, 9: 26, 10: 28, 11: 9}
BUSY = {4: .16, 5: .18, 6: .26, 9: .12, 10: .14}  # probability of a crew-shortage delay

CI_PROJECTS = [  # 工商业屋顶: name, county, kW, roof, signed, inverter
    ("齐河县丰源面粉有限公司", "齐河县", 486.2, "彩钢瓦", dt.date(2026, 3, 6), "固德威"),
    ("肥城市鲁新机械配件厂", "肥城市", 312.5, "彩钢瓦", dt.date(2026, 3, 27), "锦浪"),
    ("聊城市茌平区信诚铝材加工厂", "茌平区", 652.8, "彩钢瓦", dt.date(2026, 4, 22), "锦浪"),
    ("平阴县玫香源食品有限公司", "平阴县", 198.4, "混凝土平顶", dt.date(2026, 5, 19), "古瑞瓦特"),
    ("禹城市华康生物饲料有限公司", "禹城市", 405.6, "彩钢瓦", dt.date(2026, 6, 30), "固德威"),
    ("宁阳县鑫旺纺织有限公司", "宁阳县", 540.0, "彩钢瓦", dt.date(2026, 7, 24), "锦浪"),
    ("东阿县顺达物流有限公司", "东阿县", 366.0, "彩钢瓦", dt.date(2026, 8, 28), "古瑞瓦特"),
    ("长清区泉润农业科技有限公司", "长清区", 122.0, "混凝土平顶", dt.date(2026, 9, 18), "锦浪"),
    ("商河县利民塑业有限公司", "商河县", 258.6, "彩钢瓦", dt.date(2026, 10, 16), "固德威"),
]

GRID_FAIL = ["接地电阻实测5.6Ω超标，补打接地极后复验通过", "并网柜资料不全（缺出厂检验报告），补交后通过",
             "计量表箱安装位置不符合供电所要求，移位后复验通过", "防逆流装置参数未按供电所要求设置，调整后通过"]


def _month_days(month):
    last = (dt.date(2026, month + 1, 1) - dt.timedelta(days=1)).day if month < 12 else 31
    if month == 11:
        last = 10
    return last


def _inv_size(kw):
    need = kw / 1.15
    return next((s for s in INV_SIZES if s >= need), INV_SIZES[-1])


def install_rows():
    rng = random.Random(20260311)
    plans = []
    for month, n in INSTALL_MONTHS.items():
        for _ in range(n):
            day = rng.randint(1, _month_days(month))
            if month == 2 and 12 <= day <= 23:  # 春节
                day = rng.choice([5, 8, 26, 27])
            plans.append(("HY", dt.date(2026, month, day), None))
    for p in CI_PROJECTS:
        plans.append(("GS", p[4], p))
    plans.sort(key=lambda x: (x[1], x[0]))
    counties = list(COUNTIES)
    weights = [COUNTIES[c][4] for c in counties]
    rows = []
    seq = {"HY": 0, "GS": 0}
    storage_left = 7
    for kind, signed, ci in plans:
        seq[kind] += 1
        no = f"YGG-{kind}-2026-{seq[kind]:03d}"
        if ci:
            name, county, kw, roof, _, inv_brand = ci
            town = rng.choice(COUNTIES[county][3])
            customer = name
            ptype = "工商业（自发自用、余电上网）"
            module, watt = MODULES[rng.randint(0, 2)]
            n_mod = round(kw * 1000 / watt)
            kw = round(n_mod * watt / 1000, 2)
            n_inv = max(1, round(kw / 110))
            inverter = f"{inv_brand} 110kW×{n_inv}" if kw > 150 else f"{inv_brand} {_inv_size(kw)}kW"
            storage = ""
            channel = "直销（工商业部）"
            limit = 60
        else:
            county = rng.choices(counties, weights)[0]
            town = rng.choice(COUNTIES[county][3])
            customer = masked_name(rng)
            ptype = "户用（全款）" if rng.random() < 0.64 else "户用（光伏贷）"
            roof = _pick(rng, [("平顶（砖混）", .46), ("坡屋面（瓦）", .34), ("彩钢瓦", .12),
                               ("院内车棚", .08)])
            module, watt = rng.choice(MODULES)
            n_mod = rng.choice(range(28, 58, 2))
            kw = round(n_mod * watt / 1000, 2)
            inverter = f"{rng.choice(INVERTERS)} {_inv_size(kw)}kW"
            storage = ""
            if signed.month >= 5 and storage_left and rng.random() < 0.06:
                storage = rng.choice(["固德威 10.2kWh", "固德威 15.3kWh", "派能 10.65kWh"])
                storage_left -= 1
            agents = [a for a in AGENTS if a["county"] == county and a["signed"] < signed]
            p_agent = 0.82 if county in AGENT_ONLY_COUNTIES else 0.48
            if agents and rng.random() < p_agent:
                channel = "服务商：" + rng.choice(agents)["name"]
            else:
                channel = "直销（业务员）"
            limit = 30
        survey = signed + dt.timedelta(days=rng.randint(0, 4))
        note = ""
        cust_delay = 0
        material = survey + dt.timedelta(days=rng.randint(1, 6))
        if rng.random() < 0.04 and not ci:
            cust_delay = rng.randint(8, 15)
            material += dt.timedelta(days=cust_delay)
            note = rng.choice(["客户原因：屋面防水重做后再进场，工期顺延",
                               "客户原因：房屋产权证明补办，工期顺延",
                               "客户原因：家中办事，要求推迟进场，工期顺延"])
        build = rng.randint(2, 8) if not ci else rng.randint(12, 24)
        done = material + dt.timedelta(days=build)
        busy = BUSY.get(signed.month, 0.03)
        if rng.random() < busy:
            done += dt.timedelta(days=rng.randint(16, 28))
            if signed.month == 6:
                note = note or "6月冰雹抢修抽调班组，安装顺延"
        team = rng.choice(INSTALL_TEAMS)
        qc = rng.choice(QC_STAFF) if rng.random() < 0.36 or ci else "—"
        row = dict(no=no, customer=customer, county=county, town=town, ptype=ptype, roof=roof,
                   kw=kw, module=f"{module}×{n_mod}", inverter=inverter, storage=storage,
                   channel=channel, signed=signed, survey=survey, material=material,
                   done=None, days=None, limit=limit + cust_delay, late=None, apply=None,
                   grid=f"国网{county}供电公司", accept=None, first_pass=None, status=None,
                   team=team, qc=qc, note=note)
        if material > AS_OF:
            row["material"] = None
            row["status"] = "待进场"
        elif done > AS_OF:
            row["status"] = "施工中"
        else:
            row["done"] = done
            row["days"] = (done - signed).days
            row["late"] = "是" if row["days"] > row["limit"] else "否"
            apply = done + dt.timedelta(days=rng.randint(1, 3))
            accept = apply + dt.timedelta(days=rng.randint(6, 18))
            ok = rng.random() > 0.075
            if not ok:
                accept += dt.timedelta(days=rng.randint(4, 9))
                row["note"] = (row["note"] + "；" if row["note"] else "") + rng.choice(GRID_FAIL)
            if apply <= AS_OF:
                row["apply"] = apply
            if accept <= AS_OF:
                row["accept"] = accept
                row["first_pass"] = "是" if ok else "否"
                row["status"] = "已并网"
            else:
                row["status"] = "待并网验收" if apply <= AS_OF else "待报装"
        rows.append(row)
    return rows


def install_stats(rows, upto_month=12):
    rows = [r for r in rows if r["signed"].month <= upto_month]
    done = [r for r in rows if r["done"]]
    delivered = [r for r in rows if r["material"]]
    no_cust = [r for r in delivered if "客户原因" not in r["note"]]
    s = dict(
        signed=len(rows), hy=sum(1 for r in rows if r["no"].startswith("YGG-HY")),
        gs=sum(1 for r in rows if r["no"].startswith("YGG-GS")),
        kw=sum(r["kw"] for r in rows), done=len(done),
        grid=sum(1 for r in rows if r["accept"]),
        late=sum(1 for r in done if r["late"] == "是"),
        mat_ok=sum(1 for r in no_cust if (r["material"] - r["survey"]).days <= 7),
        mat_n=len(no_cust),
        first_pass=sum(1 for r in rows if r["first_pass"] == "是"),
        storage=sum(1 for r in rows if r["storage"]),
        agent=sum(1 for r in rows if r["channel"].startswith("服务商")),
    )
    s["ontime_rate"] = 1 - s["late"] / len(done)
    s["first_pass_rate"] = s["first_pass"] / s["grid"]
    s["mat_rate"] = s["mat_ok"] / s["mat_n"]
    s["hy_kw"] = sum(r["kw"] for r in rows if r["no"].startswith("YGG-HY"))
    s["grid_hy"] = sum(1 for r in rows if r["accept"] and r["no"].startswith("YGG-HY"))
    s["grid_gs"] = sum(1 for r in rows if r["accept"] and r["no"].startswith("YGG-GS"))
    s["gs_kw"] = sum(r["kw"] for r in rows if r["no"].startswith("YGG-GS"))
    return s


CALLBACK_NOTES = {
    "满意": ["", "", "施工队干活利索", "屋顶收拾得干净", "已经在手机上看到发电了", "", "师傅讲得很清楚"],
    "基本满意": ["并网等得时间有点长", "施工时踩碎两片瓦，已换新", "安装拖了十来天", "APP还不太会看",
             "院子里的包装垃圾第二天才拉走"],
    "不满意": ["工期拖了二十多天，业务员说半个月就装好", "说的发电量和实际差得多", "施工把太阳能热水器管子碰坏了，还没赔",
            "并网后电表一直没装好"],
}


def callback_rows(installs):
    rng = random.Random(777)
    out = []
    for r in installs:
        if not r["accept"] or r["accept"] > AS_OF - dt.timedelta(days=1):
            continue
        delay = rng.randint(1, 5)
        if rng.random() < 0.05:
            delay = rng.randint(8, 12)
        vd = min(r["accept"] + dt.timedelta(days=delay), AS_OF)
        if r["no"].startswith("YGG-GS"):
            res = "满意"
        else:
            res = _pick(rng, [("满意", .84), ("基本满意", .12), ("不满意", .04)])
        if r["late"] == "是" and res == "满意" and rng.random() < 0.5:
            res = "基本满意"
        way = "电话"
        if rng.random() < 0.06:
            way = "电话（2次未接通）+短信"
            res = "未接通"
        note = rng.choice(CALLBACK_NOTES[res]) if res in CALLBACK_NOTES else ""
        app = "是" if rng.random() < 0.93 else "否（已远程指导绑定）"
        if res == "未接通":
            app = "—"
        follow = "转运维服务部/工程部处理" if res == "不满意" else ""
        out.append([len(out) + 1, r["no"], r["customer"], f"{r['county']}{r['town']}", r["kw"],
                    r["team"], r["accept"], vd, way, res, app, note, follow,
                    rng.choice(CALLBACK_STAFF)])
    return out


def callback_stats(cb):
    valid = [c for c in cb if c[9] in ("满意", "基本满意", "不满意")]
    return dict(
        n=len(cb), valid=len(valid),
        sat=sum(1 for c in valid if c[9] != "不满意") / len(valid),
        very=sum(1 for c in valid if c[9] == "满意") / len(valid),
        late=sum(1 for c in cb if (c[7] - c[6]).days > 7),
        app=sum(1 for c in cb if c[10] == "是") / max(1, sum(1 for c in cb if c[10] != "—")),
    )


# --------------------------------------------------------------------------- #
# O&M contracts, work orders and inspection records
# --------------------------------------------------------------------------- #

BASE_HY_2025 = 2684  # 户用电站 in service at the end of 2025
BASE_GS_2025 = 27  # 工商业电站 in service at the end of 2025
IN_WARRANTY_2026 = 1652  # 户用电站 still inside the five-year 安装工程质保 in 2026

CI_OM = [  # 工商业全托管 customers (older plants): name, county, kW, engineer, plan
    ("齐河县恒泰纸箱厂", "齐河县", 268.0, "孙鹏", "每季度清洗1次，每月巡检1次"),
    ("肥城市泰丰钢构有限公司", "肥城市", 512.4, "王成刚", "每季度清洗1次，每月巡检1次"),
    ("茌平区鲁聊铝业加工厂", "茌平区", 735.1, "田宝林", "邻近氧化铝厂，粉尘大：每月清洗1次，每月巡检1次"),
    ("平阴县孔村镇建材市场", "平阴县", 186.5, "李振", "每半年清洗1次，每月巡检1次"),
    ("宁阳县华丰机械厂", "宁阳县", 344.2, "郭庆", "每季度清洗1次，每月巡检1次"),
    ("禹城市金穗粮油有限公司", "禹城市", 421.8, "魏广才", "粮库扬尘：每两个月清洗1次，每月巡检1次"),
    ("东阿县宏图木业有限公司", "东阿县", 298.9, "杜志刚", "木屑粉尘，禁止带电冲洗：每季度干洗1次，每月巡检1次"),
    ("长清区万德石材厂", "长清区", 156.0, "刘洪伟", "石粉粉尘大：每月清洗1次，每月巡检1次"),
    ("肥城市安驾庄镇冷链物流园", "肥城市", 630.0, "宋永强", "每季度清洗1次，每月巡检1次，夏季增加屋面温度巡查"),
    ("齐河县宣章屯镇养殖合作社", "齐河县", 112.6, "孙鹏", "氨气环境：每半年检测支架腐蚀，每季度清洗1次"),
    ("茌平区博平镇纺织厂", "茌平区", 402.3, "贾文涛", "每季度清洗1次，每月巡检1次"),
    ("宁阳县东疏镇面粉加工厂", "宁阳县", 228.8, "陈超", "面粉粉尘：每两个月清洗1次，每月巡检1次"),
]

TICKET_MONTHS = {1: 18, 2: 13, 3: 20, 4: 22, 5: 24, 6: 27, 7: 32, 8: 29, 9: 24, 10: 22, 11: 12}
HAIL_DAY = dt.date(2026, 6, 12)
HAIL_COUNTIES = ["肥城市", "宁阳县", "东平县"]
HAIL_TICKETS = 34
WIND_DAY = dt.date(2026, 8, 3)

# name, weight, needs a visit, source weights, fixes, parts fee
TTYPES = [
    ("逆变器离线（通讯中断）", 22, .35,
     [("APP离线告警", .68), ("400电话", .2), ("服务商转报", .12)],
     ["采集棒松动，重新插接后恢复在线", "客户更换路由器，重新配网后恢复在线", "WiFi信号弱，更换4G采集棒"], 180),
    ("逆变器故障停机", 12, 1.0,
     [("400电话", .5), ("APP离线告警", .3), ("服务商转报", .2)],
     ["直流开关损坏，更换后恢复运行", "散热风扇故障，更换风扇", "主板故障，返厂维修（厂家质保），期间电站停发"], 0),
    ("组串故障（MC4接头烧蚀）", 9, 1.0,
     [("APP离线告警", .4), ("400电话", .35), ("巡检发现", .25)],
     ["更换烧蚀MC4接头2对，红外复测正常", "混插不同品牌接头，统一更换原厂接头"], 40),
    ("绝缘阻抗低告警", 7, 1.0,
     [("APP离线告警", .6), ("400电话", .4)],
     ["直流线缆被老鼠咬破，更换线缆并加穿管", "组件背板划伤，更换组件1块", "雨后接线盒进水，烘干并更换接线盒"], 60),
    ("并网开关跳闸/电表故障", 7, .8,
     [("400电话", .7), ("服务商转报", .3)],
     ["自复式过欠压保护器损坏，更换", "电网电压偏高跳闸，已联系供电所调整台区变压器档位", "电表故障，联系供电所更换"], 260),
    ("屋面渗漏", 6, 1.0,
     [("400电话", .6), ("服务商转报", .3), ("公众号留言", .1)],
     ["挂钩处防水失效，重新做防水并打胶", "彩钢瓦自攻钉处渗水，更换防水垫片并打胶"], 0),
    ("组件破损/隐裂", 3, 1.0,
     [("巡检发现", .5), ("400电话", .5)],
     ["更换破损组件1块", "更换隐裂组件2块（厂家质保）"], 0),
    ("支架松动/锈蚀", 3, 1.0,
     [("巡检发现", .6), ("400电话", .4)],
     ["紧固压块螺栓，补涂防锈漆", "更换锈蚀螺栓12套"], 30),
    ("清洗（客户申请）", 8, 1.0,
     [("400电话", .5), ("服务商转报", .35), ("公众号留言", .15)],
     ["清洗组件"], 0),
    ("发电量偏低（遮挡/积灰/鸟粪）", 8, .8,
     [("APP离线告警", .2), ("400电话", .5), ("服务商转报", .3)],
     ["清理鸟粪并清洗组件", "邻居新种杨树遮挡，建议客户协商修剪", "积灰严重，清洗后恢复"], 0),
    ("发电量偏低（客户咨询）", 6, .5,
     [("400电话", .6), ("公众号留言", .25), ("服务商转报", .15)],
     ["与同村电站数据对比，属季节性正常波动，已向客户解释", "检测组串电流正常，解释阴雨天影响"], 0),
    ("储能系统告警", 1, 1.0,
     [("APP离线告警", .6), ("400电话", .4)],
     ["电池BMS通讯异常，厂家远程升级后恢复", "电池仓温度告警，调整安装位置加装遮阳"], 0),
]


def _hy_station(rng, county):
    y = _pick(rng, [(2018, .03), (2019, .06), (2020, .09), (2021, .14), (2022, .18), (2023, .2),
                    (2024, .17), (2025, .13)])
    return f"HY-{y}-{rng.randint(1, 820):04d}", y


def ticket_rows(installs):
    rng = random.Random(26062)
    counties = list(COUNTIES)
    weights = [COUNTIES[c][4] for c in counties]
    plans = []
    for month, n in TICKET_MONTHS.items():
        for _ in range(n):
            plans.append((dt.datetime(2026, month, rng.randint(1, _month_days(month) + (10 if month == 11 else 0)),
                                      rng.randint(7, 19), rng.choice([0, 10, 20, 30, 40, 50])), None))
    for i in range(HAIL_TICKETS):
        day = HAIL_DAY + dt.timedelta(days=i // 4)
        plans.append((dt.datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.choice([5, 25, 45])),
                      "hail"))
    for i in range(5):
        plans.append((dt.datetime(2026, 8, 3 + i // 3, rng.randint(8, 18), 15), "wind"))
    plans.sort(key=lambda x: x[0])
    rows = []
    seq = {}
    om_contract = {}
    for when, special in plans:
        if when.date() > AS_OF:
            continue
        seq[when.month] = seq.get(when.month, 0) + 1
        no = f"GD26{when.month:02d}{seq[when.month]:03d}"
        is_gs = special is None and rng.random() < 0.07
        if special == "hail":
            county = rng.choice(HAIL_COUNTIES)
            tname = "组件破损/隐裂"
            tdef = next(t for t in TTYPES if t[0] == tname)
        elif special == "wind":
            county = rng.choice(["齐河县", "禹城市", "临邑县", "商河县"])
            tname = "支架松动/锈蚀"
            tdef = next(t for t in TTYPES if t[0] == tname)
        else:
            pool = [t for t in TTYPES if t[0] != "储能系统告警" or when.month >= 6]
            tdef = rng.choices(pool, [t[1] for t in pool])[0]
            tname = tdef[0]
            county = rng.choice([c[1] for c in CI_OM]) if is_gs else rng.choices(counties, weights)[0]
        town = rng.choice(COUNTIES[county][3])
        station, dispatch = COUNTIES[county][1], COUNTIES[county][2]
        area = station if station else f"服务商辖区（{dispatch}派员）"
        if is_gs:
            gs = rng.choice([c for c in CI_OM if c[1] == county])
            plant, kind, warranty = gs[0], "工商业", "运维合同（全托管）"
            limit = 24
        else:
            if tname == "储能系统告警":
                st = [r for r in installs if r["storage"] and r["accept"] and r["accept"] < when.date()]
                if not st:
                    tdef = TTYPES[0]
                    tname = tdef[0]
                    plant, year = _hy_station(rng, county)
                else:
                    r = rng.choice(st)
                    plant, year, county, town = r["no"], 2026, r["county"], r["town"]
                    station, dispatch = COUNTIES[county][1], COUNTIES[county][2]
                    area = station if station else f"服务商辖区（{dispatch}派员）"
            else:
                plant, year = _hy_station(rng, county)
            kind = "户用"
            key = plant
            if key not in om_contract:
                om_contract[key] = rng.random() < 0.1
            if om_contract[key]:
                warranty = "运维合同（标准）"
            elif year <= 2021:
                warranty = "已过安装质保"
            else:
                warranty = "安装质保期内"
            limit = 48 if station else 72
            plant = f"{plant}（{masked_name(rng)}）"
        if special == "hail":
            source = _pick(rng, [("400电话", .55), ("服务商转报", .35), ("公众号留言", .1)])
        elif is_gs and when.month >= 7 and rng.random() < 0.5:
            source = "无人机巡检发现"
        else:
            source = _pick(rng, tdef[3])
            if is_gs and source == "服务商转报":
                source = "400电话"
        visit = rng.random() < tdef[2] or special is not None
        first = round(rng.uniform(0.2, 1.8), 1)
        if source in ("APP离线告警", "巡检发现", "无人机巡检发现"):
            first = round(rng.uniform(0.5, 1.9), 1) if source == "APP离线告警" else 0.0
        if rng.random() < 0.004 or (special == "hail" and rng.random() < 0.03):
            first = round(rng.uniform(2.5, 7.0), 1)
        if source in ("巡检发现", "无人机巡检发现"):
            visit = True
        # arrival
        arrive_h = None
        late = "—"
        if visit:
            if source in ("巡检发现", "无人机巡检发现"):
                arrive_h = 0.0
            elif is_gs:
                arrive_h = round(rng.uniform(2, 20), 1)
                if rng.random() < 0.06:
                    arrive_h = round(rng.uniform(26, 40), 1)
            elif station:
                arrive_h = round(rng.triangular(3, 46, 18), 1)
                if rng.random() < 0.055:
                    arrive_h = round(rng.uniform(50, 90), 1)
            else:
                arrive_h = round(rng.uniform(12, 70), 1)
                if rng.random() < 0.24:
                    arrive_h = round(rng.uniform(76, 130), 1)
            if special == "hail" and rng.random() < 0.45:
                arrive_h = round(rng.uniform(limit + 6, limit + 80), 1)
            late = "是" if arrive_h > limit else "否"
        # fix
        fix = rng.choice(tdef[4])
        returned = "返厂" in fix
        fee_note = ""
        fee = 0
        panels = rng.randint(30, 56)
        if special == "hail":
            nbroken = rng.randint(3, 26)
            fix = f"冰雹击碎组件{nbroken}块，拆除更换；协助客户准备财产险理赔资料"
            fee = nbroken * 520
            fee_note = "自然灾害不属质保范围：组件费客户自理（保险理赔），人工费免收"
        elif special == "wind":
            fix = rng.choice(["大风致压块松脱2组件移位，复位并加固压块", "大风致彩钢瓦屋面边缘组件掀起，更换压块并加装抗风夹"])
            fee_note = "安装质保期内免费" if warranty == "安装质保期内" else "人工免收，材料费另计"
            fee = 0 if warranty != "已过安装质保" else 120
        elif tname == "清洗（客户申请）":
            fix = f"清洗组件{panels}块"
            if warranty.startswith("运维合同"):
                fee_note = "运维合同内"
            else:
                fee = panels * 3
                fee_note = "清洗按3元/块收取"
        elif not visit:
            fix = "远程指导：" + ("客户更换路由器，重新配网后恢复在线" if "路由器" in fix else "逆变器远程重启后恢复在线")
            fee_note = "远程处理，不收费"
        elif warranty == "已过安装质保":
            fee = 50 + (tdef[5] if tname != "逆变器故障停机" else 0)
            fee_note = "上门费50元" + (f"＋材料{tdef[5]}元" if tdef[5] and tname != "逆变器故障停机" else "")
            if returned:
                fee_note += "；逆变器厂家质保内，返厂免费"
        else:
            fee_note = "质保期内免费" if not warranty.startswith("运维合同") else "运维合同内"
        if tname == "并网开关跳闸/电表故障" and "供电所" in fix:
            fee, fee_note = 0, "电网原因，不收费"
        # completion
        if not visit:
            done_dt = when + dt.timedelta(hours=rng.uniform(1, 20))
        else:
            extra = 0
            if returned:
                extra = rng.randint(12, 35)
            elif special == "hail":
                extra = rng.randint(6, 24)
            elif rng.random() < 0.12:
                extra = rng.randint(1, 3)
            done_dt = when + dt.timedelta(hours=arrive_h) + dt.timedelta(days=extra)
        handler = rng.choice(STATIONS[dispatch][2])
        if is_gs:
            handler = next(c[3] for c in CI_OM if c[0] == plant)
        if area.startswith("服务商") and visit and rng.random() < 0.4:
            handler = f"{handler}（服务商陪同）"
        if done_dt.date() > AS_OF:
            done_v, rep_days, status = "", "", "处理中"
            if visit and (when + dt.timedelta(hours=arrive_h)).date() > AS_OF:
                arrive_v, arrive_hv, late = "", "", "—"
            else:
                arrive_v = (when + dt.timedelta(hours=arrive_h)) if visit else "无需到场"
                arrive_hv = arrive_h if visit else "—"
        else:
            done_v = done_dt.date()
            rep_days = (done_dt.date() - when.date()).days
            status = "已完成"
            arrive_v = (when + dt.timedelta(hours=arrive_h)) if visit else "无需到场"
            arrive_hv = arrive_h if visit else "—"
        if special == "hail":
            symptom = "冰雹后组件玻璃破碎，发电量骤降"
        elif special == "wind":
            symptom = "大风后组件移位/压块松脱"
        else:
            symptom = {
                "逆变器离线（通讯中断）": "监控平台显示逆变器离线超过24小时",
                "逆变器故障停机": "逆变器报故障不发电",
                "组串故障（MC4接头烧蚀）": "某一路组串无电流",
                "绝缘阻抗低告警": "逆变器报绝缘阻抗低，早晨不启动",
                "并网开关跳闸/电表故障": "并网箱开关频繁跳闸",
                "屋面渗漏": "下雨后室内屋顶渗水",
                "组件破损/隐裂": "组件表面有裂纹",
                "支架松动/锈蚀": "支架螺栓锈蚀、压块松动",
                "清洗（客户申请）": "组件脏，申请清洗",
                "发电量偏低（遮挡/积灰/鸟粪）": "发电量比邻居家低两三成",
                "发电量偏低（客户咨询）": "客户认为发电量偏低",
                "储能系统告警": "储能电池告警，放电中断",
            }[tname]
            if tname == "逆变器离线（通讯中断）" and source != "APP离线告警":
                symptom = "客户反映手机APP看不到发电数据"
        rows.append([len(rows) + 1, no, when, source, plant, county, town, area, kind, warranty,
                     symptom, tname, first, "是" if visit else "否", arrive_v, arrive_hv,
                     limit if visit else "—", late, fix, done_v, rep_days, fee, fee_note, handler,
                     status])
    return rows


T_WHEN, T_SOURCE, T_COUNTY, T_AREA, T_KIND, T_TYPE, T_FIRST, T_VISIT, T_ARRIVE_H = 2, 3, 5, 7, 8, 11, 12, 13, 15
T_LATE, T_FIX, T_DONE, T_DAYS, T_FEE, T_STATUS = 17, 18, 19, 20, 21, 24


def ticket_stats(rows, upto_month=12):
    rows = [r for r in rows if r[T_WHEN].month <= upto_month]
    visited = [r for r in rows if r[T_LATE] in ("是", "否")]
    st = [r for r in visited if not r[T_AREA].startswith("服务商") and r[T_KIND] == "户用"]
    ag = [r for r in visited if r[T_AREA].startswith("服务商")]
    gs = [r for r in visited if r[T_KIND] == "工商业"]
    done = [r for r in rows if r[T_STATUS] == "已完成"]
    returned = [r for r in done if "返厂" in r[T_FIX]]
    normal = [r for r in done if "返厂" not in r[T_FIX] and "冰雹" not in r[T_FIX]]

    def ontime(rs):
        return sum(1 for r in rs if r[T_LATE] == "否") / len(rs) if rs else 1.0

    s = dict(
        n=len(rows), visit=len(visited), late=sum(1 for r in visited if r[T_LATE] == "是"),
        ontime=ontime(visited), st_ontime=ontime(st), ag_ontime=ontime(ag), gs_ontime=ontime(gs),
        ag_n=len(ag), first_ok=sum(1 for r in rows if r[T_FIRST] <= 2) / len(rows),
        returned=len(returned),
        returned_days=sum(r[T_DAYS] for r in returned) / max(1, len(returned)),
        fix5=sum(1 for r in normal if r[T_DAYS] <= 5) / max(1, len(normal)),
        remote=sum(1 for r in rows if r[T_VISIT] == "否"),
        fee=sum(r[T_FEE] for r in rows if isinstance(r[T_FEE], (int, float))),
        hail=sum(1 for r in rows if "冰雹" in str(r[T_FIX])),
        hail_panels=sum(int(str(r[T_FIX]).split("组件")[1].split("块")[0]) for r in rows
                        if "冰雹击碎" in str(r[T_FIX])),
        uav=sum(1 for r in rows if r[T_SOURCE] == "无人机巡检发现"),
        mc4=sum(1 for r in rows if r[T_TYPE].startswith("组串故障")),
        alarm=sum(1 for r in rows if r[T_SOURCE] == "APP离线告警"),
        agent_src=sum(1 for r in rows if r[T_SOURCE] == "服务商转报"),
    )
    return s


def om_contract_rows():
    rng = random.Random(5150)
    rows = []
    for i, (name, county, kw, eng, plan) in enumerate(CI_OM, 1):
        y, m = rng.choice([(2024, 1), (2024, 6), (2025, 3), (2025, 7), (2026, 1), (2026, 4)])
        start = dt.date(y, m, rng.randint(1, 25))
        fee = round(kw * rng.choice([9, 10, 12]) / 100) * 100
        rows.append([f"YW-GS-{start.year}-{i:02d}", name, county, "工商业全托管", kw, start,
                     "3年", fee, plan + "；故障4小时响应；季度运行报告", eng])
    hy = []
    for _ in range(46):
        county = rng.choices(list(COUNTIES), [COUNTIES[c][4] for c in COUNTIES])[0]
        start = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
        kw = round(rng.choice(range(28, 58, 2)) * 0.58, 2)
        pack = _pick(rng, [("户用标准运维", .78), ("户用全托管", .22)])
        fee = 360 if pack == "户用标准运维" else 680
        content = ("每年清洗2次、巡检2次，故障上门免上门费" if pack == "户用标准运维"
                   else "每年清洗3次、巡检2次，故障上门免上门费，更换易损件免材料费（逆变器除外）")
        hy.append([None, f"{masked_name(rng)}（{county}{rng.choice(COUNTIES[county][3])}）", county, pack,
                   kw, start, "1年", fee, content, "—"])
    hy.sort(key=lambda r: r[5])
    for j, r in enumerate(hy, 1):
        r[0] = f"YW-HY-2026-{j:03d}"
    return rows + hy


def inspection_rows():
    """Monthly inspection/cleaning report per station (免费巡检 for plants inside 安装质保)."""
    rng = random.Random(3131)
    plan_share = {"平阴服务站": 0.27, "肥城服务站": 0.34, "齐河服务站": 0.19, "茌平服务站": 0.20}
    month_share = {3: .14, 4: .2, 5: .2, 6: .04, 7: .04, 8: .06, 9: .14, 10: .14, 11: .04}
    rows = []
    for m in range(3, 12):
        for stn, sh in plan_share.items():
            planned = round(IN_WARRANTY_2026 * sh * month_share[m])
            if stn == "齐河服务站" and m <= 4:
                planned = round(planned * 0.6)
            rate = rng.uniform(0.88, 1.0)
            if m == 6 and stn == "肥城服务站":
                rate = 0.0
            if m in (6, 7):
                rate = min(rate, rng.uniform(0.55, 0.8))
            done = min(planned, round(planned * rate))
            if m == 11:
                done = round(planned * 0.45)
            clean = rng.randint(6, 22) if m not in (6, 7) else rng.randint(2, 8)
            found = round(done * rng.uniform(0.04, 0.09))
            fixed = found - (rng.randint(0, 2) if found > 2 else 0)
            note = ""
            if m == 6 and stn == "肥城服务站":
                note = "冰雹抢修，巡检暂停"
            elif m == 11:
                note = "截至11月20日"
            rows.append([f"2026年{m}月", stn, planned, done, f"{done / planned:.0%}" if planned else "—",
                         clean, found, fixed, note])
    return rows


# --------------------------------------------------------------------------- #
# 2026 complaint ledger
# --------------------------------------------------------------------------- #

# category, weight, department, complex (15-day limit), contents, results
COMPLAINT_CATS = [
    ("发电量低于宣传", 10, "销售部/客户服务部", True,
     ["业务员和公众号文章都说每千瓦一年发1300度，今年折算下来只有1050度左右",
      "宣传说六七年回本，按现在的发电量得十年以上", "装了{kw}千瓦，和邻居家同样大小，发电少了两成"],
     ["上门检测组串和逆变器正常，清洗组件；解释发电量受光照、天气影响，合同未约定保证发电量，客户表示理解",
      "检测发现东侧组件午后被树木遮挡，协调修剪后发电恢复，客户认可",
      "检测发现一路组串MC4接头烧蚀，更换后发电恢复，客户认可"]),
    ("屋面渗漏/施工损坏", 12, "工程部", False,
     ["装光伏后下雨屋里漏水", "施工踩碎瓦片二十多片，没给换", "施工后包装垃圾堆在门口三天没拉走",
      "安装时碰坏太阳能热水器上水管"],
     ["安装工程质保内，工程部上门重做防水，赔偿吊顶修复费{x}元，客户认可", "补换瓦片并当面致歉，客户认可",
      "当日清运，班组通报批评，客户认可", "赔偿水管及安装费280元，客户认可"]),
    ("维修不及时", 10, "运维服务部", False,
     ["逆变器坏了报修三天没人来", "逆变器返厂二十多天还没装回来，一直不发电，损失谁管",
      "跟服务商说了好几次，一直没人上门"],
     ["站长当日上门处理，向客户致歉，客户认可",
      "催厂家加急返修，装回后恢复发电；客户要求补偿停发损失，公司无相关规定，致歉并赠送一次免费清洗，客户勉强接受",
      "核实服务商未及时转报，扣减服务商当月佣金200元，服务站次日上门处理，客户认可"]),
    ("并网延迟", 5, "工程部", True,
     ["装好一个多月了还没并网", "供电所说资料不全，公司也没人来管"],
     ["与供电公司沟通，补交资料后完成并网验收，客户认可", "说明台区容量受限需排队，供电公司已排期，客户表示理解"]),
    ("乡镇服务商收费/服务", 6, "渠道部", False,
     ["服务商上门清洗收了{x}元，事先没说要收钱", "服务商上门看了看说要换逆变器，报价比公司高一截",
      "服务商态度不好，打电话不接"],
     ["退还客户收费，扣减服务商当月佣金300元，客户认可",
      "公司派工程师上门复核，非逆变器故障，更换接头即恢复；书面警告服务商，客户认可",
      "约谈服务商负责人，改由服务站直接对接该客户，客户认可"]),
    ("电费结算", 4, "客户服务部", False,
     ["卖电的钱三个月没到账", "不知道怎么查上网电量和电费"],
     ["协助客户到供电营业厅核对结算银行卡信息，已到账，客户认可", "指导客户使用“网上国网”APP查询，客户认可"]),
    ("冰雹损坏理赔", 0, "运维服务部", True,
     ["冰雹砸坏组件，要求公司免费更换", "保险理赔要的材料公司迟迟不给"],
     ["说明自然灾害不在质保范围，协助保险理赔，组件更换人工费免收，客户认可",
      "三日内出具损坏清单和照片，理赔款已到账，客户认可"]),
    ("监控APP", 5, "客户服务部", False,
     ["手机换号后看不到发电数据", "APP一直显示离线"],
     ["远程重新绑定账号，客户认可", "服务站上门更换采集棒后恢复在线，客户认可"]),
    ("光伏贷/合同", 3, "销售部", True,
     ["业务员说贷款利息公司补贴一年，实际没有", "合同上的容量和实际装的不一样"],
     ["核实为业务员口头承诺，公司按承诺补贴首年利息，对业务员处罚，客户认可",
      "核对为屋面面积不足导致设计变更，补签变更确认单并按实际容量退差价，客户认可"]),
    ("逆变器噪声", 2, "运维服务部", False,
     ["逆变器装在卧室外墙，晚上嗡嗡响"], ["将逆变器免费移装至院内车棚，客户认可"]),
]

COMPLAINT_MONTHS = {1: 3, 2: 2, 3: 5, 4: 6, 5: 6, 6: 9, 7: 8, 8: 7, 9: 6, 10: 6, 11: 3}

COMPLAINT_SPECIAL = [
    (dt.date(2026, 5, 18), "发电量低于宣传", "12345转办", "肥城市",
     "公众号文章写“每千瓦年发电不低于1300度，达不到补差价”，装了27.84千瓦，去年9月并网到今年4月发了1.9万度，要求按宣传补差价",
     "上门检测系统正常；客户要求按宣传每千瓦1300度补足差额。公司以合同第六条“不对发电量作出保证”为由不予补偿，客户不接受，已按12345要求答复"),
    (dt.date(2026, 6, 20), "冰雹损坏理赔", "400电话", "宁阳县",
     "6月12日冰雹砸坏组件21块，要求公司免费更换",
     "说明自然灾害不在质保范围；客户未购买财产险，公司同意免人工费、组件按进价供应，客户要求全部免费，未达成一致"),
    (dt.date(2026, 7, 9), "发电量低于宣传", "来访", "东平县",
     "服务商推销时说一年发电收入四千多，实际不到三千，要求公司赔偿差额",
     "检测组件、逆变器正常，发电量与同村电站相当；服务商承认口头宣传过高。客户坚持要求赔偿差额，公司不同意，未达成一致；对服务商书面警告"),
    (dt.date(2026, 9, 22), "发电量低于宣传", "400电话", "齐河县",
     "业务员承诺“每千瓦一年1300度，不够公司补”，今年1—8月折算只有1080度/千瓦",
     "检测系统正常，积灰清洗后发电提升约6%；客户要求公司书面承诺补差价，公司以合同未约定为由拒绝，客户不接受"),
]


def complaint_rows(installs):
    rng = random.Random(31415)
    rows = []
    for month, n in COMPLAINT_MONTHS.items():
        for _ in range(n):
            day = rng.randint(1, 20 if month == 11 else _month_days(month))
            cats = COMPLAINT_CATS
            w = [c[1] if c[0] != "冰雹损坏理赔" else (14 if month in (6, 7) else 0) for c in cats]
            cat = rng.choices(cats, w)[0]
            rows.append((dt.date(2026, month, day), cat, None))
    for sp in COMPLAINT_SPECIAL:
        rows.append((sp[0], next(c for c in COMPLAINT_CATS if c[0] == sp[1]), sp))
    rows.sort(key=lambda x: (x[0], x[1][0]))
    out = []
    for day, cat, sp in rows:
        name, _, dept, complex_, contents, results = cat
        limit = 15 if complex_ else 7
        if sp:
            county, channel, content, result = sp[3], sp[2], sp[4], sp[5]
        else:
            county = rng.choices(list(COUNTIES), [COUNTIES[c][4] for c in COUNTIES])[0]
            channel = _pick(rng, [("400电话", .55), ("公众号留言", .12), ("12345转办", .08),
                                  ("服务商转报", .08), ("来访", .08), ("安装回访中反映", .09)])
            k = rng.randrange(len(contents))
            content = contents[k].format(kw=round(rng.choice(range(28, 58, 2)) * 0.58, 2),
                                         x=rng.choice([60, 80, 100]))
            result = results[min(k, len(results) - 1)] if name != "发电量低于宣传" else rng.choice(results)
            result = result.format(x=rng.choice([300, 500, 800]))
            if day.month < 4:  # the 公众号 article came out on 18 March
                content = content.replace("业务员和公众号文章都说", "业务员说")
        town = rng.choice(COUNTIES[county][3])
        cands = [r for r in installs if r["county"] == county and r["accept"] and r["accept"] < day]
        if cands and rng.random() < 0.35:
            plant = rng.choice(cands)["no"]
        else:
            plant = _hy_station(rng, county)[0]
        used = rng.randint(1, limit - 2) if not complex_ else rng.randint(3, 13)
        if rng.random() < 0.14:
            used = limit + rng.randint(1, 6)
        if sp:
            used = rng.randint(9, 14)
        close = day + dt.timedelta(days=used)
        if close > AS_OF:
            status, close_v, used_v, late = "处理中", "", "", ""
            result = "已联系客户，正在核实"
        else:
            status = "未解决" if sp else "已解决"
            close_v, used_v = close, used
            late = "是" if used > limit else "否"
        note = ""
        if "佣金" in result or "警告服务商" in result or "对服务商书面警告" in result:
            note = "服务商奖惩：" + ("扣佣金" if "佣金" in result else "书面警告")
        out.append([len(out) + 1, f"KS-2026-{len(out) + 1:03d}", day, channel, masked_name(rng),
                    masked_phone(rng), f"{county}{town}", plant, name, content, dept,
                    "复杂" if complex_ else "一般", limit, result, close_v, used_v, late, status,
                    rng.choice(["刘倩", "张玉婷", "高雪梅"]), note])
    return out


C_DATE, C_CAT, C_LIMIT, C_USED, C_LATE, C_STATUS = 2, 8, 12, 15, 16, 17


def complaint_stats(rows, upto_month=12):
    rows = [r for r in rows if r[C_DATE].month <= upto_month]
    solved = [r for r in rows if r[C_STATUS] == "已解决"]
    unsolved = [r for r in rows if r[C_STATUS] == "未解决"]
    closed = solved + unsolved
    late = [r for r in closed if r[C_LATE] == "是"]
    gen = [r for r in rows if r[C_CAT] == "发电量低于宣传"]
    closed_x = [r for r in closed if not (r[C_CAT] == "发电量低于宣传" and r[C_STATUS] == "未解决")]
    cats = {}
    for r in rows:
        cats[r[C_CAT]] = cats.get(r[C_CAT], 0) + 1
    return dict(
        n=len(rows), solved=len(solved), unsolved=len(unsolved), open=len(rows) - len(closed),
        late=len(late), timely=1 - len(late) / len(closed), resolve=len(solved) / len(closed),
        resolve_claim=len(solved) / len(closed_x), gen=len(gen),
        r12345=sum(1 for r in rows if r[3] == "12345转办"),
        cats=sorted(cats.items(), key=lambda kv: -kv[1]),
    )


# --------------------------------------------------------------------------- #
# 1. 售后服务管理手册 (DOCX)
# --------------------------------------------------------------------------- #

GOALS = [  # indicator, 2026 target, 口径
    ("400热线接通率", "≥90%", "云呼叫系统报表，月度"),
    ("报修2小时内联系率", "≥98%", "受理后2小时内联系客户的工单/全部工单"),
    ("到场及时率", "≥95%", "按承诺时限到场的工单/需到场工单"),
    ("一般故障5日内修复率", "≥90%", "不含厂家返修和自然灾害抢修"),
    ("合同工期内完工率", "≥95%", "签约后30日内（工商业60日）完工的项目/完工项目"),
    ("并网一次验收通过率", "≥95%", "供电公司首次验收通过的项目/验收项目"),
    ("投诉处理及时率", "≥95%", "按时结案的投诉/已结案投诉"),
    ("投诉解决率", "≥97%", "客户认可结案的投诉/已结案投诉"),
    ("并网回访满意率", "≥95%", "满意及基本满意/回访成功数"),
]


def make_manual(out: Path):
    meta = dict(doc_no="YGG-FW-001", version="V2.1", effective="2025年8月1日",
                drafted="高雪梅 2025.07.08", reviewed="刘晓峰 2025.07.18",
                approved="孙建国 2025.07.25",
                distribution="发放编号：FW-001-05　　持有部门：客户服务部")
    b = DocxBuilder("售后服务管理手册", meta)
    b.cover()
    b.p("修改记录", indent=False, bold=True)
    b.table(["版本", "日期", "修改内容", "修改人"], [
        ["V1.0", "2020.04.01", "首次发布（原名《售后服务管理规定》），平阴服务站开业", "马兆磊"],
        ["V1.1", "2022.05.10", "增加肥城、茌平服务站；增加工商业电站运维内容", "马兆磊"],
        ["V2.0", "2024.03.01", "成立运维服务部和客户服务部，调整职责；增加乡镇服务商内容；400热线改为云呼叫系统", "高雪梅"],
        ["V2.1", "2025.08.01", "增加齐河服务站（筹建）及辖区调整；400坐席由3席增至4席；更新服务承诺和2026年服务目标；增加发电量测算口径要求", "高雪梅"],
    ], widths=[1.6, 2.2, 10.0, 1.8])

    b.doc.add_heading("发布令", level=1)
    b.p("光伏电站在屋顶上要待二十五年。装上去、并了网只是开头，以后每年发电好不好、坏了有没有人修、遇上冰雹大风有没有人管，"
        "老百姓心里都有一本账，这本账决定了阳光谷这块牌子在乡镇上立不立得住。")
    b.p("公司《2025—2028年发展规划》提出“从卖电站到管电站”，把运维服务作为公司的第二主业：到2028年运维服务收入占公司营业收入的20%，"
        "服务站由3个增加到6个。公司每月经营例会的第一项议程是听取售后服务情况，服务中的问题由分管副总经理牵头当月解决。")
    b.p("本手册经公司总经理办公会审议通过，现予发布。运维服务部、客户服务部、工程部、渠道部、质量安全部和各服务站必须遵照执行；"
        "乡镇服务商的要求按《乡镇服务商管理办法》落实。")
    b.p("总经理：孙建国　　2025年7月25日", align="right", indent=False)
    b.page_break()

    b.ch("总则")
    b.art("为规范公司光伏电站交付后的服务工作，保障客户电站长期安全、稳定发电，依据《中华人民共和国消费者权益保护法》"
          "《中华人民共和国电力法》《中华人民共和国产品质量法》等法律法规，结合公司实际，制定本手册。")
    b.art("本手册适用于公司销售、安装的户用光伏电站和工商业屋顶分布式光伏电站的交付、运维、质保、报修和投诉处理。"
          "2026年起公司开始销售户用储能系统，储能系统的售后服务暂按厂家服务政策执行，专门规定另行制定。")
    b.art("公司的服务理念是“装一块板，管二十五年”。电站寿命有多长，阳光谷的服务就管多长；客户买的不是一堆组件，而是二十五年的稳定发电。")
    b.art("服务理念通过以下方式在公司内部宣贯：")
    b.sub("（一）新员工入职培训设“公司简介与服务理念”课程；")
    b.sub("（二）服务理念张贴在总部服务中心和各服务站，印在运维工装背面；")
    b.sub("（三）每月经营例会通报服务案例时，由分管副总经理结合服务理念点评。")
    b.art("服务策略：")
    b.sub("（一）两级服务网络：服务站负责故障处理、巡检、清洗等技术性服务；乡镇服务商负责就近接待客户、转交报修和简单清洗，"
          "减少服务站往返路程，把上门成本控制在合理范围内；")
    b.sub("（二）预防为主：通过逆变器厂家监控平台远程盯住每一座电站，加上每年的免费巡检，争取在客户发现之前发现问题；")
    b.sub("（三）质保代办：组件、逆变器的厂家质保由公司统一向厂家办理，客户不需要自己找厂家；")
    b.sub("（四）运维分级：安装工程质保期内的基础服务免费；质保期外或需要更多服务的客户，按标准运维、全托管等套餐按年付费，"
          "服务成本由套餐费用覆盖，客户按需选择。")

    b.ch("组织与职责")
    b.art("总经理是售后服务工作的第一责任人。副总经理刘晓峰分管运维服务部、客户服务部和工程部，每月主持售后服务专题会，协调跨部门问题。")
    b.art("售后服务相关机构及职责如下：")
    b.table(["部门", "主要职责", "人数"], [
        ["客户服务部", "400热线受理、派单，监控平台巡查，并网回访，投诉受理和跟踪，电站档案管理，服务数据统计", "7"],
        ["运维服务部（下设4个服务站）", "故障处理、巡检、清洗，厂家质保代办，备件管理，工商业电站运维", "19"],
        ["工程部", "勘察设计、安装、并网报装、交付和使用指导，安装工程质保期内的施工质量问题返修", "27"],
        ["质量安全部", "安装质量抽检、安全生产管理、组织内部审核", "4"],
        ["渠道部", "乡镇服务商的招募、签约、佣金结算和日常联系", "5"],
        ["采购仓储部", "设备材料采购、合格供方评价、仓储和配送", "6"],
    ], widths=[4.2, 9.6, 1.8])
    b.art("相关部门职责：")
    b.sub("（一）销售部：客户签约，向客户如实介绍产品、价格、质保和服务；宣传资料和公众号文章中涉及发电量、收益的表述须经工程部测算、分管副总经理审核后方可使用；")
    b.sub("（二）财务部：售后费用预算、质保准备金计提和服务收费核算；")
    b.sub("（三）行政人事部：服务人员招聘、培训组织、绩效考核和特种作业证管理。")

    b.ch("人员与培训")
    b.art("服务人员任职要求：")
    b.table(["岗位", "在岗人数", "任职要求"], [
        ["服务站站长", "4", "电气类专业中专以上，3年以上光伏运维经验，持高压电工作业证、高处作业证"],
        ["运维工程师", "12", "电气类专业中专以上，持低压电工作业证、高处作业证，熟悉三家主力逆变器的故障代码"],
        ["400热线坐席", "4", "大专以上，普通话标准，熟悉报修、质保、收费和并网流程"],
        ["监控专员", "1", "电气类专业大专以上，会使用各厂家监控平台"],
        ["回访专员", "1", "大专以上，沟通表达能力好"],
        ["安装班长/安装工", "4/16", "班长持低压电工作业证和高处作业证，安装工持高处作业证"],
        ["质检员", "2", "电气类专业大专以上，2年以上光伏施工经验"],
    ], widths=[3.2, 2.0, 10.4])
    b.art("培训：行政人事部会同各部门每年12月制定下一年度培训计划，培训费用按人均1,500元/年列入预算。")
    b.sub("（一）岗前培训：不少于3天，内容为公司简介与服务理念、产品知识、安全作业、作业规范和服务规范，考试80分以上方可上岗；")
    b.sub("（二）厂家技术培训：每年邀请主力逆变器、组件厂家讲师培训不少于2次；")
    b.sub("（三）安全培训：每季度一次；特种作业操作证按期复审，过期未复审的不得安排登高和电气作业。")
    b.art("激励：运维工程师实行“基本工资＋工单绩效”，工单绩效与工单量、到场及时率和客户评价挂钩；每季度评选“服务之星”2名，奖励800元；"
          "年度评选“金牌运维工程师”1名，优先晋升站长。运维岗位设“运维工程师—高级运维工程师—站长”晋升通道。")

    b.ch("服务资源")
    b.art("经费：财务部每年按上年度户用电站安装合同额的2%计提质保准备金，用于安装工程质保期内的免费维修；"
          "运维服务部和客户服务部的人员、车辆、备件、工具、培训和系统费用列入公司年度预算。冰雹、大风等灾害发生后的集中抢修费用在管理费用中列支。")
    b.art("服务场所：总部服务中心设在济南市长清区，设400坐席区（4席）、监控大屏和备件总库（约300平方米）。各服务站情况如下：")
    b.table(["服务站", "地址", "开设时间", "人员", "直接服务县区", "兼管县（服务商转报）"], [
        ["平阴服务站", STATIONS["平阴服务站"][0], STATIONS["平阴服务站"][3], "站长1、工程师3", "平阴县、长清区", "—"],
        ["肥城服务站", STATIONS["肥城服务站"][0], STATIONS["肥城服务站"][3], "站长1、工程师4", "肥城市、宁阳县", "东平县"],
        ["齐河服务站", STATIONS["齐河服务站"][0], "筹建，预计2025年12月", "站长1、工程师2", "齐河县、禹城市", "商河县、临邑县"],
        ["茌平服务站", STATIONS["茌平服务站"][0], STATIONS["茌平服务站"][3], "站长1、工程师3", "茌平区、东阿县", "高唐县、冠县"],
    ], widths=[2.2, 3.6, 2.4, 2.4, 2.6, 2.6], size=9)
    b.sub("商河、东平、临邑、高唐、冠县未设服务站，由当地乡镇服务商接待报修，兼管服务站派员上门。")
    b.art("工具设备：每个服务站配备绝缘电阻测试仪、钳形电流表、万用表、接地电阻测试仪、红外热像仪、组件清洗设备、伸缩梯、"
          "安全带和生命绳；总部配备I-V曲线测试仪1台，工商业电站年度检测和疑难故障时调用。工具每季度检查一次，计量器具每年送检。")
    b.art("备件：服务站常备MC4接头、直流熔断器、直流线缆、4G和WiFi采集棒、自复式过欠压保护器和三个品牌的常用组件（每站不少于10块），"
          "低于安全库存时由备件总库24小时内调拨发出。逆变器整机不设库存，故障时按厂家质保返厂维修或由厂家换新。")
    b.art("车辆：每个服务站配备服务车2辆（皮卡1辆、面包车1辆），总部配备工程车3辆；工商业电站高处作业需要的升降车按需租用。")

    b.ch("服务承诺与时效")
    b.art("公司向客户作出以下服务承诺：")
    b.table(["项目", "承诺内容"], [
        ["400热线", f"{HOTLINE}，每天8:00—18:00人工受理；其他时间留言，次日9:00前回电"],
        ["报修响应", "受理报修后2小时内与客户电话联系，确认故障情况和上门时间"],
        ["上门时限", "服务站直接服务县区48小时内到场；其他县72小时内到场；工商业电站24小时内到场"],
        ["故障修复", "一般故障到场当日修复；需更换部件的5日内修复（厂家返修除外）"],
        ["安装工程质保", "自并网之日起5年，支架、线缆、屋面防水和施工质量问题免费维修"],
        ["设备质保", "组件、逆变器、储能按厂家质保，由公司代客户办理"],
        ["免费巡检", "安装工程质保期内每年免费巡检1次"],
        ["并网回访", "并网验收后7日内电话回访"],
    ], widths=[3.0, 12.6])
    b.art("材料配送和工期：合同签订、屋面勘察确认后7日内将设备材料运抵现场；户用电站自签约之日起30日内、工商业电站60日内完成安装；"
          "完工后3日内向供电公司提交并网申请。维修备件由备件总库调拨的，24小时内发出。")
    b.art("发电量测算：销售人员向客户提供的发电量和收益测算，统一使用工程部的《发电量测算表》，首年发电量按当地气象数据取下限"
          "（济南、泰安、德州、聊城地区一般为每千瓦1,150—1,250千瓦时），测算结果仅供客户参考，不得向客户承诺保证发电量或收益。")

    b.ch("服务规范")
    b.art("上门服务规范：")
    b.sub("（一）上门前电话预约，说明上门人员姓名和大约到达时间，不能按时到达的提前告知；")
    b.sub("（二）穿公司工装、佩戴工牌，进门穿鞋套；")
    b.sub("（三）上屋面前检查梯子和安全带，瓦屋面铺设踏板，不得直接踩踏瓦片；")
    b.sub("（四）需要收费的，作业前向客户说明收费项目和金额，客户同意后再作业，收费开具收据；")
    b.sub("（五）作业完毕清理现场，带走更换下来的旧件和包装，向客户说明处理结果，请客户在工单上签字；")
    b.sub("（六）不得向客户推销合同外的产品，不得收受客户财物，不得在客户家中吸烟。")
    b.art("服务用语：")
    b.table(["环节", "规范用语", "禁止用语"], [
        ["接听", "您好，阳光谷光伏，工号××为您服务。", "喂，哪里？"],
        ["询问", "麻烦您看一下逆变器屏幕上显示的代码，我帮您判断。", "你是不是自己动过？"],
        ["上门", "您好，我是阳光谷肥城服务站的工程师，今天来给您看一下电站。", "你家这屋顶本来就不行。"],
        ["收费", "这次更换的接头不在质保范围，材料费40元，您看可以吗？", "不交钱修不了。"],
        ["结束", "已经恢复发电了，您在手机上能看到。有问题随时打400。", "修好了，我走了。"],
    ], widths=[2.0, 8.0, 5.6])
    b.art("安装作业按《户用光伏勘察设计及安装并网作业规范》（YGG-GC-003）执行，运维作业按《电站运维服务管理办法》（YGG-YW-005）执行。")

    b.ch("400客服热线")
    b.art("客户服务部的岗位及职责：")
    b.table(["岗位", "人数", "职责"], [
        ["客户服务部经理", "1", "热线运行管理、排班、录音抽查、投诉督办、月度数据统计"],
        ["热线坐席", "4", "接听400来电和公众号留言，受理咨询、报修、投诉，建立工单并派单，跟踪工单关闭"],
        ["监控专员", "1", "每个工作日巡查各厂家监控平台，发现离线、告警和发电异常电站并建立工单"],
        ["回访专员", "1", "并网回访，回访记录整理，协助投诉跟踪"],
    ], widths=[3.4, 1.6, 10.6])
    b.art("热线使用云呼叫系统，来电全程录音，录音保存一年。坐席4席，分早班8:00—13:00、晚班13:00—18:00；接通率不低于90%。"
          "冰雹、大风等灾害后报修集中时，由客户服务部经理申请，工程部和销售内勤人员临时支援接听。")
    b.art("客户服务部经理每周抽听录音不少于20通，对服务用语、信息记录和派单准确性评分，结果计入坐席绩效。")
    b.art("热线人员应熟悉锦浪、古瑞瓦特、固德威三家逆变器的常见故障代码，会查看各厂家监控平台，熟悉报修、质保、收费和并网流程；"
          "知识库由客户服务部每季度更新一次。")
    b.art("远程监控：监控专员每个工作日登录各厂家监控平台，对离线超过24小时、发电量低于同乡镇同类电站平均值70%的电站建立工单；"
          "能远程处理的（重启、参数设置、指导客户重新配网），由监控专员或运维工程师远程处理。")

    b.ch("客户关系")
    b.art("并网回访：电站并网验收后7日内，回访专员电话回访客户，了解安装质量、施工人员服务、屋面清理情况和监控APP使用情况；"
          "客户不满意的，转工程部或运维服务部处理。回访记录保存至电站档案。")
    b.art("电站档案：每座电站建立档案，包括客户信息、设备清单和序列号、勘察设计资料、并网资料、监控平台账号。档案以《电站档案总表》（Excel）"
          "和纸质资料袋保存，电站运行数据以厂家监控平台为准。")
    b.art("主动服务：")
    b.sub("（一）安装工程质保期内的电站每年免费巡检1次，由各服务站在3—5月和9—10月集中安排；")
    b.sub("（二）每年6月汛期前，通过公众号和乡镇服务商提醒客户检查屋面排水和并网箱防雨；")
    b.sub("（三）降雪后提醒客户不要自行上屋顶扫雪，需要时预约服务站处理。")
    b.art("客户满意度：客户服务部每年组织一次客户满意度调查，调查结果报分管副总经理，作为服务改进的依据。")

    b.ch("监督与考核")
    b.art("客户服务部经理负责售后服务运行的日常监督：每月汇总工单时效、回访结果和投诉情况，编制《售后服务月报》报分管副总经理；"
          "质量安全部质检员对安装项目进行抽检（户用不少于30%，工商业全部检查）。")
    b.art("奖惩：")
    b.sub("（一）运维工程师到场超过承诺时限的，每单扣工单绩效20元；经核实的有效投诉，每起扣绩效100元；")
    b.sub("（二）安装质量问题造成返工的，返工费用由责任班组承担；")
    b.sub("（三）季度“服务之星”、年度“金牌运维工程师”按第十一条执行；")
    b.sub("（四）乡镇服务商的奖惩按《乡镇服务商管理办法》执行。")
    b.art("公司按ISO 9001质量管理体系每年组织一次内部审核，覆盖工程部、运维服务部和客户服务部；总经理每年主持一次管理评审。")

    b.ch("信息反馈与改进")
    b.art("每月经营例会上，客户服务部通报上月报修、投诉的分类和主要问题，工程部、销售部、采购仓储部按分工落实改进；"
          "设备质量问题由运维服务部填写《厂家质量反馈单》发送厂家，并跟踪厂家回复和处理结果。")
    b.art("服务目标：")
    b.table(["指标", "2026年目标", "统计口径"], [list(g) for g in GOALS], widths=[4.0, 2.6, 9.0])
    b.sub("服务目标每年在管理评审中评审，根据完成情况调整下一年度目标。")

    b.ch("采购与合格供方")
    b.art("组件、逆变器和储能产品只从生产厂家或厂家授权的一级经销商采购；支架、线缆、并网箱从合格供方采购。新供方须经采购仓储部评估"
          "（营业执照、产品认证证书、质保承诺、在山东的售后网点、价格和供货能力），经分管副总经理批准后列入《合格供方名录》。"
          "采购仓储部每年12月对合格供方评价一次。")
    b.art("设备材料进场时按YGG-GC-003第6章验收，组件序列号在厂家官方系统核验，防止假冒和翻新产品。")

    b.ch("附则")
    b.art("客户的身份证、房产证明、银行卡等并网和贷款资料由工程部专人保管，员工入职时签署保密承诺，不得向无关人员透露客户信息。")
    b.art("本手册由客户服务部负责解释，每两年至少评审一次。本手册自2025年8月1日起施行，V2.0版同时废止。")

    b.save(out / "售后服务管理手册_YGG-FW-001_V2.1.docx", author="高雪梅", last_by="高雪梅",
           created=d(2025, 7, 8, 9, 10), modified=d(2025, 7, 25, 16, 30), revision=7,
           subject="售后服务管理", keywords="售后服务;手册;运维")


# --------------------------------------------------------------------------- #
# 2. 户用光伏勘察设计及安装并网作业规范 (DOCX, numbered sections)
# --------------------------------------------------------------------------- #

def make_install_spec(out: Path):
    meta = dict(doc_no="YGG-GC-003", version="V3.0", effective="2025年3月1日",
                drafted="韩志强 2025.02.10", reviewed="周振 2025.02.18",
                approved="刘晓峰 2025.02.24",
                distribution="发放范围：工程部、各安装班组、质量安全部、运维服务部、采购仓储部")
    b = DocxBuilder("户用光伏勘察设计及安装并网作业规范", meta)
    b.cover()
    b.p("修订说明：V3.0在V2.1基础上增加彩钢瓦屋面夹具安装、工商业屋顶（1MW以下）的补充要求、交付资料和监控APP绑定要求，"
        "并按国网山东省电力公司分布式光伏并网服务的新要求修改了第11章。", indent=False, size=9.5)

    def sec(title):
        b.doc.add_heading(title, level=1)

    def item(text):
        return b.p(text, indent=False)

    sec("1　范围")
    item("本规范规定了公司户用光伏电站和工商业屋顶分布式光伏电站（装机容量1MW以下）从现场勘察、设计、材料进场、施工、调试、并网到交付的作业要求。")
    sec("2　引用文件")
    for t in ["GB 50797　光伏发电站设计规范", "GB 50794　光伏发电站施工规范", "GB/T 50796　光伏发电工程验收规范",
              "JGJ 80　建筑施工高处作业安全技术规范", "国网山东省电力公司分布式光伏发电项目并网服务相关规定",
              "各组件、逆变器、储能厂家的安装手册"]:
        b.sub(t)
    sec("3　职责")
    b.table(["部门/岗位", "职责"], [
        ["工程部勘察设计组（4人）", "现场勘察、方案设计、发电量测算、设计确认"],
        ["安装班组（4个）", "按本规范施工、自检，交付时指导客户使用"],
        ["并网专员（2人）", "并网申请资料准备、报送，配合供电公司验收"],
        ["质量安全部质检员", "过程抽检、隐蔽工程检查、安全检查"],
        ["采购仓储部", "按材料清单出库、配送到现场"],
    ], widths=[4.6, 11.0])

    sec("4　现场勘察")
    item("4.1　勘察员提前一天与客户预约，勘察时客户或家属须在场。")
    item("4.2　屋面检查：")
    b.sub("a) 结构：砖混平顶、预制板平顶、坡屋面（瓦）、彩钢瓦，分别记录；预制板屋面和使用超过20年的房屋须由设计组评估是否加固；")
    b.sub("b) 荷载：平顶配重式支架按屋面允许荷载核算，彩钢瓦屋面核查檩条间距和锈蚀情况；")
    b.sub("c) 防水：拍照记录原有渗漏、裂缝，由客户签字确认，避免日后责任不清；")
    b.sub("d) 遮挡：冬至日9:00—15:00组件区域不得有树木、烟囱、女儿墙或邻近楼房遮挡，不能避开的在设计中扣除；")
    b.sub("e) 朝向和面积：记录方位角、可用面积。")
    item("4.3　电网条件：向当地供电所了解台区可开放容量；容量不足的，告知客户需排队，不得先施工后报装。")
    item("4.4　资料：客户身份证、房屋产权证明（或村委会证明）、银行卡复印件，由勘察员收齐后当日交工程部资料员，不得在个人手机中留存。")
    item("4.5　勘察员填写《现场勘察记录表》，照片不少于12张（屋面全景、四周遮挡、屋面结构、原有渗漏、进户电表位置）。")

    sec("5　设计")
    item("5.1　组件排布按冬至日前后排不遮挡计算间距；坡屋面顺坡铺设，不得超出屋檐。")
    item("5.2　逆变器容配比一般为1.1—1.25；逆变器安装位置应通风、避免阳光直射，不得安装在卧室外墙。")
    item("5.3　支架：平顶采用配重式或化学锚栓式；瓦屋面采用挂钩式，挂钩处做防水处理；彩钢瓦屋面采用专用夹具，不得在彩钢瓦上打孔；"
         "抗风设计按当地50年一遇基本风压。")
    item("5.4　防雷接地：支架和组件边框可靠等电位连接，接地电阻不大于4Ω。")
    item("5.5　发电量测算：使用公司《发电量测算表》，按当地气象数据取下限，扣除遮挡和朝向损失；测算结果写入《设计确认单》，注明“测算值仅供参考”，客户签字确认。")

    sec("6　材料配送与进场验收")
    item("6.1　设计确认后，采购仓储部按《材料清单》出库，自有货车（2辆）或合作物流配送，7日内运抵现场；因客户原因推迟的，在《材料清单》上注明。")
    item("6.2　进场验收由安装班长和客户共同进行：")
    b.sub("a) 组件：核对品牌、型号、数量，检查外观无破损、无隐裂，序列号在厂家官方防伪系统核验；")
    b.sub("b) 逆变器、储能：核对铭牌、合格证和序列号；")
    b.sub("c) 支架：热镀锌件镀层厚度抽测（不小于65μm）、锌铝镁件核对材质证明；")
    b.sub("d) 线缆、并网箱：核对规格和合格证。")
    item("6.3　验收发现破损、型号不符的，当场拍照，由采购仓储部48小时内联系供方更换；验收结果记入《材料进场验收单》，客户签字。")

    sec("7　施工")
    item("7.1　开工前班长向班组交底（方案、屋面情况、安全注意事项），并向客户说明施工时间和注意事项。")
    item("7.2　支架安装：挂钩与椽条或檩条可靠固定，挂钩处瓦片按原样切割，防水胶满涂；配重块放置在承重墙或梁上方。")
    item("7.3　组件安装：压块扭矩按厂家要求；搬运和安装时不得踩踏组件，不得单角提拿。")
    item("7.4　电气：直流线缆穿管或走桥架；同一组串的MC4接头使用同一品牌原厂接头，用专用压接钳压接，严禁不同品牌接头混插；"
         "交流侧按供电公司要求配置并网箱（含自复式过欠压保护器、防雷模块）。")
    item("7.5　工商业彩钢瓦屋面作业须沿檩条行走，设置安全通道和临边防护。")

    sec("8　安全")
    item("8.1　屋面作业人员必须持高处作业证，系安全带并挂在生命绳上；屋檐2米范围内作业设专人监护。")
    item("8.2　6级以上大风、雨雪、雷电天气停止屋面作业；气温超过35℃时调整作业时间，避开12:00—15:00。")
    item("8.3　电气接线由持电工作业证人员操作；组件接线时用遮光布覆盖，防止直流电弧。")
    item("8.4　梯子使用前检查，放置角度约75度，专人扶梯。")
    item("8.5　质量安全部安全员每周对在建项目进行安全巡查，发现违章当场制止并记录。")

    sec("9　文明施工")
    item("9.1　施工时间为7:00—12:00、14:00—19:00，中午和晚间不进行切割、打孔等噪声作业。")
    item("9.2　切割支架时远离客户门窗，使用吸尘或洒水降尘。")
    item("9.3　组件包装纸箱、木托盘和边角料当日清运，带回仓库统一处理，不得在村内焚烧或丢弃。")
    item("9.4　施工中损坏的瓦片、水管、太阳能热水器等，按原样修复或照价赔偿。")

    sec("10　调试与自检")
    item("10.1　逐路测量组串开路电压、极性和绝缘电阻，测量接地电阻，记入《施工自检表》。")
    item("10.2　逆变器上电调试，确认并网参数、防逆流设置符合供电公司要求。")

    sec("11　并网")
    item("11.1　并网专员在完工后3日内通过“网上国网”或县供电公司营业厅提交并网申请及资料。")
    item("11.2　配合供电公司现场验收和计量表安装；验收不通过的，工程部3日内整改并申请复验。")
    item("11.3　协助客户与供电公司签订购售电合同，核对结算银行卡信息。")

    sec("12　交付与使用指导")
    item("12.1　并网后交付《交付资料袋》：设备清单和序列号、质保卡（公司安装工程质保5年及厂家质保）、用户使用手册、并网资料复印件、"
         "服务联系卡（400热线、所属服务站和乡镇服务商电话）。")
    item("12.2　现场帮客户下载逆变器厂家APP并绑定电站，教会客户查看当日发电量、累计发电量和告警信息。")
    item("12.3　向客户讲解安全注意事项：不要自行上屋顶清洗或扫雪；雷雨天气不要靠近并网箱；发现异味、冒烟时断开并网箱开关并拨打400热线。")
    item("12.4　客户在《交付确认单》上签字。")

    sec("13　质量检查")
    item("13.1　班组对每个项目100%自检。")
    item("13.2　质检员抽检：户用项目不少于30%，工商业项目全部检查；隐蔽工程（接地、挂钩防水、线缆穿管）须拍照留存。")
    item("13.3　抽检发现的问题开具整改通知，班组整改后质检员复查。")

    sec("14　记录")
    b.table(["记录", "填写人", "保存"], [
        ["现场勘察记录表（含照片）", "勘察员", "电站档案"],
        ["设计确认单", "设计员、客户", "电站档案"],
        ["材料进场验收单", "安装班长、客户", "电站档案"],
        ["施工自检表", "安装班长", "电站档案"],
        ["质检抽检记录、隐蔽工程照片", "质检员", "质量安全部"],
        ["并网申请及验收资料", "并网专员", "电站档案"],
        ["交付确认单", "安装班长、客户", "电站档案"],
    ], widths=[6.0, 4.0, 5.6])
    item("电站档案保存至电站拆除为止。")

    b.save(out / "户用光伏勘察设计及安装并网作业规范_YGG-GC-003_V3.0.docx", author="韩志强",
           last_by="韩志强", created=d(2025, 2, 10, 8, 50), modified=d(2025, 2, 24, 17, 15),
           revision=5, subject="安装作业规范", keywords="勘察;设计;安装;并网")


# --------------------------------------------------------------------------- #
# 3. 电站运维服务管理办法 (DOCX)
# --------------------------------------------------------------------------- #

FEES = [
    ("上门费", "50元/次", "质保期外、无运维合同的上门服务；同一次上门处理多项只收一次"),
    ("组件清洗", "3元/块", "清水加软毛刷，不使用清洗剂"),
    ("MC4接头更换", "20元/对", "含接头，原厂接头"),
    ("采集棒更换", "180元/个", "4G或WiFi采集棒"),
    ("自复式过欠压保护器", "260元/个", "含人工"),
    ("组件更换", "组件按当期进价，人工30元/块", "冰雹等自然灾害损坏的，人工费可免收"),
    ("支架紧固、补漆", "30元/次（材料另计）", ""),
]


def make_om_policy(out: Path):
    meta = dict(doc_no="YGG-YW-005", version="V1.2", effective="2025年4月1日",
                drafted="马兆磊 2025.03.06", reviewed="高雪梅 2025.03.14",
                approved="刘晓峰 2025.03.20",
                distribution="发放范围：运维服务部、各服务站、客户服务部、财务部")
    b = DocxBuilder("电站运维服务管理办法", meta)
    b.cover()

    b.ch("总则")
    b.art("为规范公司光伏电站的远程监控、巡检、清洗和故障处理，保证电站安全稳定发电，制定本办法。")
    b.art("本办法适用于公司安装的户用和工商业光伏电站。非本公司安装的电站，须经服务站检测评估后方可签订运维合同。")
    b.art("运维服务部是电站运维的归口管理部门，各服务站站长对辖区运维工作负责；客户服务部负责报修受理、监控巡查和派单。")

    b.ch("服务内容与运维套餐")
    b.art("运维服务分为以下四类：")
    b.table(["类别", "对象", "服务内容", "费用"], [
        ["基础服务", "安装工程质保期内电站", "远程监控；每年免费巡检1次；质保范围内故障免费维修；厂家质保代办", "免费"],
        ["户用标准运维", "自愿签约的户用电站", "基础服务＋每年清洗2次、巡检2次；故障上门免上门费", "360元/年"],
        ["户用全托管", "自愿签约的户用电站", "标准运维＋每年清洗3次；易损件（接头、采集棒、保护器）免材料费，逆变器除外", "680元/年"],
        ["工商业全托管", "工商业电站", "按第七章执行，一站一案", "按装机容量9—12元/千瓦·年"],
    ], widths=[2.6, 3.4, 7.4, 2.2])
    b.art("客户有套餐以外特殊需求的（如养殖场氨气环境、粉尘较大的厂区、临街易被遮挡等），由站长现场评估后制定专门的清洗、巡检方案，"
          "写入运维合同附件。")

    b.ch("远程监控")
    b.art("监控专员每个工作日上午登录锦浪、古瑞瓦特、固德威监控平台，导出离线和告警清单：离线超过24小时的、发电量低于同乡镇同类电站平均值70%的，建立工单派至服务站。")
    b.art("能远程处理的问题（逆变器重启、参数设置、指导客户重新配网），由监控专员或服务站工程师远程处理，在工单中注明“远程处理”。")
    b.art("工商业电站的告警由厂家平台实时推送至专属运维工程师手机。")

    b.ch("巡检与清洗")
    b.art("巡检内容：")
    b.table(["部位", "检查内容"], [
        ["组件", "外观破损、隐裂、热斑（红外热像仪扫描）、积灰和遮挡"],
        ["支架", "螺栓和压块松动、锈蚀，配重块移位，挂钩处防水"],
        ["线缆和接头", "破皮、老化、鼠咬，MC4接头温度（红外测温）"],
        ["接地", "连接是否可靠，必要时测量接地电阻"],
        ["逆变器", "运行参数、告警记录、散热、通讯"],
        ["并网箱", "开关、保护器、防雷模块状态，箱体防雨"],
    ], widths=[3.0, 12.6])
    b.art("清洗要求：使用清水和软毛刷，禁止使用酸碱清洗剂和高压水枪直冲接线盒；夏季在早晚低温时段清洗，防止冷水激热玻璃；"
          "清洗废水不得流入客户水井和菜地。")
    b.art("巡检和清洗结果记入工单，发现隐患当场处理；不能当场处理的另开维修工单。各服务站每月5日前将上月巡检、清洗完成情况报运维服务部。")

    b.ch("故障处理")
    b.art("故障处理时限：")
    b.table(["电站类别", "联系客户", "到场", "修复"], [
        ["户用（服务站直接服务县区）", "受理后2小时内", "48小时内", "一般故障到场当日；需更换部件的5日内"],
        ["户用（其他县，服务商转报）", "受理后2小时内", "72小时内", "同上"],
        ["工商业", "4小时内", "24小时内", "一般故障到场当日；需更换部件的3日内"],
    ], widths=[4.6, 3.0, 2.6, 5.4])
    b.art("处理流程：受理建单→派单→工程师联系客户→到场检测→处理→客户在纸质工单上签字确认→工程师当日在运维工单台账中关闭工单。")
    b.art("逆变器需返厂的，由运维服务部质保专员联系厂家办理返修或换新，并告知客户预计时间；返修期间电站停发。")
    b.art("乡镇服务商只能处理清洗和经服务站电话指导的通讯故障复位，不得拆修逆变器和组件；服务商接到报修须在2小时内转报400。")

    b.ch("质保与收费")
    b.art("安装工程质保期为并网之日起5年，期内因施工质量造成的支架、线缆、屋面防水问题免费维修。组件、逆变器、储能的质保按厂家规定，由公司代办。")
    b.art("下列情况不属于质保范围：冰雹、大风、雷击、洪水等自然灾害造成的损坏；客户或第三方人为损坏；客户自行改动电站。")
    b.art("质保期外且未签订运维合同的，按以下标准收费：")
    b.table(["项目", "收费标准", "说明"], [list(f) for f in FEES], widths=[3.6, 4.4, 7.6])
    b.art("收费前运维工程师须向客户说明收费项目和金额，客户同意后作业，收费当场开具收据，款项当日交服务站。")

    b.ch("工商业电站（重点客户）服务")
    b.art("工商业电站作为公司重点客户，每座电站指定一名专属运维工程师（由所在服务站工程师担任），工程师姓名和手机号书面告知客户。")
    b.art("工商业电站服务流程：")
    b.sub("（一）接管：核对竣工资料、设备清单和监控账号，建立电站档案；")
    b.sub("（二）方案：站长会同专属工程师根据屋面、粉尘和企业生产情况制定《运维方案》，明确清洗频次、巡检周期和停电作业安排，经客户确认；")
    b.sub("（三）执行：每月巡检一次，按方案清洗，每年进行一次I-V曲线测试、红外检测和接地电阻测量；")
    b.sub("（四）报告：每季度结束后10日内向客户提交运行报告（发电量、系统效率、故障及处理、改进建议）。")
    b.art("工商业电站报修可直接拨打专属工程师手机，也可拨打400热线，热线优先派单；需更换的备件由备件总库优先调拨。")

    b.ch("安全")
    b.art("运维人员登高作业执行YGG-GC-003第8章的要求；彩钢瓦屋面沿檩条行走，不得踩踏采光板。")
    b.art("带电检修前断开逆变器交直流开关并验电；雷雨天气不进行屋面作业。")
    b.art("储能系统的检修按厂家要求执行，运维工程师须经厂家培训后方可操作。")

    b.ch("备件和工具")
    b.art("备件总库和各服务站的安全库存由运维服务部确定，每月盘点；出入库登记，旧件退回总库。")
    b.art("服务站工具和仪表每季度检查，计量器具按期送检，损坏的及时报修或更换。")

    b.ch("记录")
    b.art("运维工单台账、巡检清洗月报、运维合同、工商业季度运行报告由运维服务部保存，保存期限不少于5年。")
    b.art("本办法自2025年4月1日起施行，V1.1版同时废止。")

    b.save(out / "电站运维服务管理办法_YGG-YW-005.docx", author="马兆磊", last_by="马兆磊",
           created=d(2025, 3, 6, 10, 5), modified=d(2025, 3, 20, 15, 40), revision=4,
           subject="电站运维", keywords="运维;巡检;清洗;故障")


# --------------------------------------------------------------------------- #
# 4. 客户投诉处理程序 (DOCX, 2021, never revised)
# --------------------------------------------------------------------------- #

def make_complaint_procedure(out: Path):
    meta = dict(doc_no="YGG-FW-008", version="V1.0", effective="2021年6月15日",
                drafted="马兆磊 2021.05.24", reviewed="刘晓峰 2021.06.03",
                approved="孙建国 2021.06.08",
                distribution="发放范围：售后服务部、工程部、销售部、各服务站")
    b = DocxBuilder("客户投诉处理程序", meta)
    b.cover()

    b.ch("总则")
    b.art("为及时、公正地处理客户投诉，减少纠纷，并从投诉中发现工作中的问题，制定本程序。")
    b.art("本程序适用于客户对公司产品、安装施工、并网、维修服务、收费和人员态度的投诉。报修按运维工单流程处理，不列入投诉；"
          "报修处理超时或客户对处理结果不满意的，转为投诉。")
    b.art("售后服务部是投诉的归口管理部门，负责受理、登记、分派、督办和结案；工程部、销售部、各服务站按投诉内容负责调查处理。")
    b.art("首问负责：第一个接到投诉的员工负责登记并转交售后服务部，告知客户由谁联系、什么时间联系，不得推诿。")

    b.ch("投诉渠道与分类")
    b.art(f"投诉渠道：400热线{HOTLINE}；到公司或服务站来访；来信；公司微信公众号留言。政府部门和其他单位转来的投诉，由售后服务部统一登记。")
    b.art("投诉分为一般投诉和复杂投诉。复杂投诉是指需要现场鉴定、需要厂家或保险公司参与、涉及供电公司或涉及金额较大的投诉。")

    b.ch("处理流程")
    b.art("受理登记：受理人在《客户投诉登记台账》中登记投诉编号、渠道、客户信息、电站编号、投诉内容和客户诉求。")
    b.art("联系客户：责任部门在受理后24小时内联系客户，了解情况，告知处理流程和预计时间。")
    b.art("调查处理：责任部门调查核实后提出处理方案，经部门负责人同意；赔偿金额超过2,000元的报分管副总经理批准。方案须与客户沟通确认。")
    b.art("结案时限：一般投诉7日内结案，复杂投诉15日内结案；不能按期结案的，向客户说明原因。")
    b.art("结案：处理完毕后，售后服务部将处理结果电话告知客户，在台账中登记结案日期和处理结果；客户不接受处理方案的，如实记录并登记为“未解决”，告知客户可通过其他合法途径解决。")
    b.art("档案：投诉台账、调查记录、照片、赔偿凭证按投诉编号归档，保存3年。")

    b.ch("服务补救")
    b.art("因公司原因造成的服务失误，按以下措施补救：")
    b.table(["服务失误", "补救措施"], [
        ["超过承诺时限未上门", "站长当日亲自上门处理并向客户致歉"],
        ["施工损坏客户财物", "按原样修复或照价赔偿，免费修复屋面"],
        ["收费错误、多收费", "当场或次日退还，向客户致歉"],
        ["销售或服务人员承诺未兑现", "核实后按承诺兑现，对责任人处罚"],
        ["服务态度差", "部门负责人致歉，必要时更换服务人员"],
    ], widths=[5.0, 10.6])
    b.art("售后服务部每月对投诉按类别、责任部门统计分析，在经营例会上通报；同一类问题一个季度内发生3次以上的，责任部门制定改进措施，售后服务部跟踪落实。")

    b.ch("附则")
    b.art("本程序自2021年6月15日起施行。")

    b.save(out / "客户投诉处理程序_YGG-FW-008.docx", author="马兆磊", last_by="马兆磊",
           created=d(2021, 5, 24, 14, 20), modified=d(2021, 6, 8, 11, 0), revision=3,
           subject="投诉处理", keywords="投诉;补救")


# --------------------------------------------------------------------------- #
# 5. 乡镇服务商管理办法（试行）(DOCX)
# --------------------------------------------------------------------------- #

def make_agent_policy(out: Path):
    meta = dict(doc_no="YGG-QD-004", version="V1.0（试行）", effective="2024年3月1日",
                drafted="郑凯 2024.02.05", reviewed="刘晓峰 2024.02.19",
                approved="孙建国 2024.02.26",
                distribution="发放范围：渠道部、销售部、运维服务部、客户服务部、财务部")
    b = DocxBuilder("乡镇服务商管理办法（试行）", meta)
    b.cover()

    b.ch("总则")
    b.art("为发挥乡镇门店离客户近、熟悉村情的优势，扩大户用光伏的推广，方便客户就近报修和清洗，规范与乡镇服务商的合作，制定本办法。")
    b.art("本办法所称乡镇服务商，是指在乡镇有固定门店，与公司签订《乡镇服务商合作协议》，从事阳光谷户用光伏推广销售和初步服务的个体工商户或企业。")
    b.art("渠道部负责服务商的招募、签约、佣金结算和日常联系；运维服务部各服务站负责服务商转报的报修处理。")

    b.ch("准入")
    b.art("服务商应具备以下条件：")
    b.sub("（一）有营业执照和固定门店；")
    b.sub("（二）至少有1名持低压电工作业证的人员，从事清洗和通讯故障复位；")
    b.sub("（三）在当地口碑好，近三年无不良经营记录；")
    b.sub("（四）认同公司的经营理念，愿意按公司统一价格和宣传口径开展业务。")
    b.art("准入程序：渠道部业务经理现场考察，填写《乡镇服务商准入评估表》（附件1）→渠道部经理审批→签订合作协议→门店悬挂“阳光谷光伏乡镇服务站点”标牌。")

    b.ch("业务范围")
    b.art("服务商可以开展以下业务：")
    b.sub("（一）推广销售：使用公司统一制作的宣传资料，介绍产品和价格，协助客户签约；")
    b.sub("（二）报修接待：接到客户报修后2小时内转报400热线或所属服务站；")
    b.sub("（三）组件清洗：按公司统一价格收取清洗费；")
    b.sub("（四）通讯故障复位：在服务站工程师电话指导下，协助客户重启逆变器、重新配网。")
    b.art("服务商不得拆修逆变器、组件和并网箱，不得擅自改动电站接线。")

    b.ch("佣金")
    b.art("销售佣金按并网容量每瓦0.15元计算，电站并网验收后次月结算；清洗费服务商留存80%，20%按月交公司；报修转报不另付费。")

    b.ch("行为规范")
    b.art("服务商不得夸大宣传发电量和收益，不得向客户作出合同以外的承诺，不得以公司名义收取合同以外的费用。")

    b.ch("奖惩")
    b.art("服务商有下列行为之一的，扣减当月佣金200—1,000元；情节严重或一年内发生两次的，解除合作协议：")
    b.sub("（一）虚假宣传或作出合同以外的承诺，引起客户投诉的；")
    b.sub("（二）私自收费或不按公司价格收费的；")
    b.sub("（三）接到报修超过24小时未转报的；")
    b.sub("（四）私自拆修设备的。")
    b.art("年度并网容量排名前三的服务商，分别奖励5,000元、3,000元、2,000元。")

    b.ch("附则")
    b.art("本办法试行一年，由渠道部负责解释。")

    b.page_break()
    b.p("附件1　乡镇服务商准入评估表", indent=False, bold=True)
    b.table(["评估项目", "评估内容", "分值", "得分"], [
        ["资质", "营业执照、门店产权或租赁合同", "15", ""],
        ["门店", "位置、面积、是否临街", "15", ""],
        ["人员", "持低压电工作业证人数，是否有专人负责光伏业务", "25", ""],
        ["口碑", "走访3户村民、村委会了解情况", "20", ""],
        ["经营能力", "现有经营品类、客户资源、资金情况", "25", ""],
        ["合计", "70分及以上可以签约", "100", ""],
    ], widths=[2.6, 8.6, 1.6, 2.4])
    b.p("考察人：　　　　　考察日期：　　　　　渠道部经理审批：", indent=False)
    b.p("附件2　签约乡镇服务商名录（截至2026年10月31日）", indent=False, bold=True)
    b.table(["编号", "名称", "负责人", "签约日期", "业务范围", "持电工证人员"], [
        [a["no"], a["name"], a["person"], a["signed"].strftime("%Y.%m.%d"), a["scope"], "有" if a["elec"] else "无"]
        for a in AGENTS
    ], widths=[1.8, 6.0, 1.6, 2.0, 3.4, 1.6], size=8)

    b.save(out / "乡镇服务商管理办法（试行）_YGG-QD-004.docx", author="郑凯", last_by="郑凯",
           created=d(2024, 2, 5, 9, 30), modified=d(2026, 11, 2, 10, 15), revision=6,
           subject="乡镇服务商", keywords="服务商;佣金")


# --------------------------------------------------------------------------- #
# 6. 极端天气及突发事件应急预案（征求意见稿）(DOCX)
# --------------------------------------------------------------------------- #

def make_emergency_draft(out: Path):
    meta = dict(doc_no="YGG-AQ-006（拟）", version="V0.3 征求意见稿", effective="待定",
                drafted="周振 2026.09.28", reviewed="—", approved="—",
                footer="征求意见稿　仅供内部讨论")
    b = DocxBuilder("冰雹大风等极端天气及突发事件应急预案（征求意见稿）", meta)
    b.cover()
    b.p("说明：2026年6月12日肥城、宁阳、东平冰雹后，公司决定编制本预案。本稿由质量安全部会同运维服务部、客户服务部起草，"
        "请各部门于2026年12月15日前将意见反馈质量安全部周振。标注【待定】的内容需财务部、总经理办公会确定；本预案发布前，"
        "灾害抢修仍由分管副总经理临时组织。", indent=False, size=9.5)

    b.ch("总则")
    b.art("为在冰雹、大风、暴雨、暴雪、雷击等极端天气和电站火灾等突发事件发生时，迅速组织排查抢修，保障客户人身和财产安全，减少发电损失，制定本预案。")
    b.art("本预案适用于公司安装和运维的户用、工商业光伏电站。储能电池热失控、起火事件【待定：纳入本预案还是单独编制专项预案】。")

    b.ch("组织机构")
    b.art("成立应急领导小组：组长孙建国（总经理），副组长刘晓峰（副总经理），成员为运维服务部、客户服务部、工程部、质量安全部、渠道部、采购仓储部负责人。")
    b.art("领导小组办公室设在运维服务部，主任马兆磊，负责灾情汇总、抢修调度和对外联络；客户服务部负责报修受理、客户告知和回访。")

    b.ch("预警")
    b.art("监控专员每日关注济南、泰安、德州、聊城气象台的预警信息；发布冰雹、大风橙色及以上预警时，通过公众号、短信和乡镇服务商微信群提醒客户，"
          "各服务站做好人员和物资准备。")

    b.ch("分级响应")
    b.art("事件分级【待定：户数标准需运维服务部根据今年冰雹情况测算】：")
    b.table(["级别", "情形（初稿）", "响应"], [
        ["Ⅰ级", "一次灾害受损电站50户以上；发生人身伤害或电站火灾", "组长指挥，全公司调配人员"],
        ["Ⅱ级", "受损电站10—49户", "副组长指挥，跨服务站支援"],
        ["Ⅲ级", "受损电站10户以下", "服务站站长组织"],
    ], widths=[1.8, 8.6, 5.2])

    b.ch("处置")
    b.art("排查：灾害发生后，监控专员导出离线和发电骤降电站清单，客户服务部逐户电话核实，服务站按“先有安全隐患、后一般损坏”的顺序上门。")
    b.art("安全：组件破碎、线缆裸露的电站，先断开并网箱和逆变器开关，告知客户不得靠近、不得自行上屋顶。")
    b.art("理赔：对投保财产险的客户，出具损坏清单和照片，协助办理理赔；未投保的，按收费标准报价，人工费可视情况减免。")
    b.art("信息：对客户、村委和媒体的解释口径由办公室统一，服务商不得自行对外发布灾情和赔偿信息。")

    b.ch("保障")
    b.art("应急专项经费：【待定：额度由财务部测算，报总经理办公会确定】。")
    b.art("应急物资：每个服务站常备组件20块、压块和螺栓、防水胶带、遮光布、警示带【待定：储备组件的品牌型号】。")
    b.art("演练：每年汛期前组织一次应急演练【待定】。")

    b.ch("附则")
    b.art("本预案由质量安全部负责解释，自发布之日起施行。")

    b.save(out / "冰雹大风等极端天气及突发事件应急预案（征求意见稿）.docx", author="周振", last_by="周振",
           created=d(2026, 9, 10, 9, 0), modified=d(2026, 9, 28, 17, 20), revision=3,
           subject="征求意见稿", keywords="应急预案;冰雹;征求意见稿")


# --------------------------------------------------------------------------- #
# 7. 户用光伏发电系统购销及安装合同（范本）(PDF)
# --------------------------------------------------------------------------- #

def make_contract_pdf(out: Path):
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("户用光伏发电系统购销及安装合同（范本）", "title")
    a.add(pdf_table(["范本编号", "版本", "启用日期", "合同编号", "签约地点"],
                    [["YGG-HT-01", "2025版", "2025年5月1日", "YGG-HY-____-____", "__________"]],
                    [3 * cm, 2.2 * cm, 3 * cm, 4.2 * cm, WIDTH - 12.4 * cm], center_cols=(0, 1, 2, 3)))
    a.add(Spacer(1, 8))
    a.p("甲方（客户）：____________　身份证号：____________________　电话：____________")
    a.p("安装地址：______县（市、区）______镇（街道）______村______号")
    a.p(f"乙方：{COMPANY}　地址：济南市长清区　服务热线：{HOTLINE}")
    a.p("甲乙双方根据《中华人民共和国民法典》等法律法规，就甲方购买并由乙方安装户用光伏发电系统事宜，经协商一致，订立本合同。")

    a.art("项目概况：装机容量______千瓦，组件______块，屋面类型：□平顶　□瓦屋面　□彩钢瓦　□其他______；"
          "并网方式：□全额上网　□自发自用、余电上网。")
    a.art("设备：设备品牌、型号、数量见附件1《设备清单》，乙方保证所供设备为厂家正品，设备序列号可在厂家官方系统查询。")
    a.art("价款与支付：合同总价______元（大写：______），包括设备、运输、安装调试、并网手续代办和交付培训的全部费用，乙方不另收取任何费用。"
          "付款方式：□全款　□光伏贷（贷款合同由甲方与金融机构另行签订）。")
    a.art("工期：屋面勘察确认后7日内，乙方将设备材料运抵现场；自本合同签订之日起30日内完成安装。因甲方原因（屋面修缮、资料不全、要求推迟等）延误的，工期相应顺延。"
          "乙方在完工后3日内代甲方向供电公司提交并网申请，并网时间以供电公司验收为准。")
    a.art("质量与验收：乙方按国家有关光伏电站施工和验收标准及乙方作业规范施工；供电公司并网验收通过，视为工程竣工。")
    a.art("发电量：乙方提供的发电量和收益测算仅供参考。系统发电量受光照、天气、温度、灰尘、遮挡和电网运行等因素影响，乙方不对发电量和收益作出保证。")
    a.art("质保与售后服务：")
    a.sub("（一）安装工程质保：自并网之日起5年，因施工质量造成的支架、线缆、屋面防水问题，乙方免费维修；")
    a.sub("（二）设备质保：组件产品质保12年、线性功率质保30年，逆变器质保按厂家规定（一般为5年，可按厂家政策延保），储能按厂家规定；质保由乙方代甲方向厂家办理；")
    a.sub("（三）安装工程质保期内，乙方每年免费巡检1次；")
    a.sub(f"（四）报修电话{HOTLINE}（每天8:00—18:00），乙方在受理后2小时内联系甲方，服务站所在县区48小时内、其他县72小时内上门；")
    a.sub("（五）冰雹、大风、雷击、洪水等自然灾害及人为原因造成的损坏不属于质保范围；质保期外的维修按乙方当期收费标准收费；")
    a.sub("（六）甲方如需定期清洗和更多服务，可另行签订运维服务合同。")
    a.art("合同解除与退单：")
    a.sub("（一）乙方勘察前甲方要求解除合同的，乙方全额退还已付款项；")
    a.sub("（二）勘察设计完成后甲方要求解除合同的，乙方收取勘察设计费500元，其余款项退还；")
    a.sub("（三）设备材料已运抵现场、尚未安装的，除勘察设计费外，乙方另收取往返运输和装卸费800元，设备无损坏的，其余款项全额退还；")
    a.sub("（四）已安装的系统不予退货；设备存在质量问题的，按第七条办理维修或更换；")
    a.sub("（五）因乙方原因超过约定工期30日仍未完成安装的，甲方可解除合同，乙方全额退还已付款项。")
    a.p("上述退单费用，乙方已在签约前向甲方说明，甲方确认：________（签字）", "sub")
    a.art("违约责任：乙方无故延误工期的，每延误一日按合同总价的0.05%向甲方支付违约金，累计不超过合同总价的5%；甲方无故拖欠款项的，按同样标准向乙方支付违约金。")
    a.art("保险：乙方建议甲方为光伏系统购买财产保险，乙方可协助办理投保和理赔。")
    a.art("个人信息：甲方提供的身份证、房产证明、银行卡等资料，乙方仅用于并网、贷款和售后服务，不得用于其他用途或向无关第三方提供。")
    a.art("争议解决：双方协商解决；协商不成的，可向乙方所在地人民法院起诉。")
    a.art("本合同一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。附件与本合同具有同等效力。")
    a.add(Spacer(1, 6))
    a.p("甲方（签字）：____________　　　　乙方（盖章）：____________　　　　签约日期：____年__月__日", "small")
    a.add(Spacer(1, 10))
    a.p("附件1　设备清单", "h2")
    a.add(pdf_table(["序号", "设备名称", "品牌", "型号/规格", "数量", "质保"], [
        ["1", "光伏组件", "", "", "", "产品12年，功率30年"],
        ["2", "逆变器", "", "", "", "按厂家"],
        ["3", "支架", "", "热镀锌/锌铝镁", "1套", "安装工程质保5年"],
        ["4", "并网箱", "", "", "1台", "安装工程质保5年"],
        ["5", "直流线缆、MC4接头", "", "", "1批", "安装工程质保5年"],
        ["6", "储能系统（选配）", "", "", "", "按厂家"],
    ], [1.2 * cm, 3.6 * cm, 2.4 * cm, 3.6 * cm, 1.6 * cm, WIDTH - 12.4 * cm], center_cols=(0, 4)))
    a.add(Spacer(1, 6))
    a.p("附件2　服务流程", "h2")
    a.add(pdf_table(["步骤", "内容", "时间"], [
        ["1 签约", "签订合同，支付款项或办理光伏贷", "—"],
        ["2 勘察设计", "上门勘察屋面，出具设计方案和发电量测算（仅供参考），甲方签字确认", "签约后5日内"],
        ["3 材料进场", "设备材料运抵现场，甲乙双方共同验收", "勘察确认后7日内"],
        ["4 安装调试", "支架、组件、逆变器、并网箱安装，调试", "签约后30日内完成"],
        ["5 并网", "乙方代办并网申请，配合供电公司验收", "完工后3日内申请"],
        ["6 交付", "交付资料袋，绑定监控APP，讲解使用和安全注意事项", "并网当日"],
        ["7 回访", "乙方客服电话回访", "并网后7日内"],
        ["8 运维", "远程监控、每年免费巡检、报修服务", "质保期内"],
    ], [2.6 * cm, 9.6 * cm, WIDTH - 12.2 * cm]))

    build_pdf(out / "户用光伏发电系统购销及安装合同（范本）_YGG-HT-01.pdf", a.story,
              title="户用光伏发电系统购销及安装合同（范本）", author="销售部", subject="YGG-HT-01",
              header_text="YGG-HT-01　2025版", date=d(2025, 4, 22, 10, 0))


# --------------------------------------------------------------------------- #
# 8. 2026年度管理评审报告 (PDF)
# --------------------------------------------------------------------------- #

CALLS = {1: (1210, 1133), 2: (980, 931), 3: (1530, 1417), 4: (1690, 1551), 5: (1820, 1654),
         6: (3940, 2817), 7: (2480, 2137), 8: (2210, 1976), 9: (1760, 1619), 10: (1640, 1522),
         11: (1050, 986)}  # 400 calls in / answered; November up to the 20th


def call_rate(upto_month=12):
    calls = [v for m, v in CALLS.items() if m <= upto_month]
    return sum(c[1] for c in calls) / sum(c[0] for c in calls), sum(c[0] for c in calls)


SUPPLIERS = [
    ("组件", "隆基（山东一级经销商济南光谷新能源设备有限公司）", "A"),
    ("组件", "晶科（授权经销商山东晶耀能源有限公司）", "A"),
    ("组件", "天合（厂家直供）", "A"),
    ("逆变器", "锦浪（厂家直供）", "A"),
    ("逆变器", "古瑞瓦特（厂家直供）", "A"),
    ("逆变器、储能", "固德威（厂家直供）", "A"),
    ("储能", "派能（授权经销商济南储源科技有限公司，2026年新增）", "B"),
    ("支架", "济南鑫泰光伏支架厂", "B"),
    ("支架", "聊城恒力金属结构有限公司", "A"),
    ("线缆", "山东鲁通线缆有限公司", "A"),
    ("并网箱", "济南普瑞电气成套有限公司", "A"),
    ("MC4接头", "史陶比尔（授权经销商）", "A"),
]


def _pct(x):
    return f"{x:.1%}"


def _judge(ok):
    return "达成" if ok else "未达成"


def make_review_pdf(out: Path, ins9, tk9, cs9, cb9, hail_c, gen_12345):
    rate9, _ = call_rate(9)
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年度管理评审报告", "title")
    a.p("评审时间：2026年10月30日　地点：总部二楼会议室　主持：孙建国", "right")
    a.add(Spacer(1, 6))
    a.p("参加人员：刘晓峰、马兆磊、高雪梅、韩志强、周振、郑凯、陈玉霞、李静、赵敏及四个服务站站长。"
        "本报告为公司ISO 9001管理评审中与安装交付和售后服务有关的部分，由质量安全部整理。")

    a.p("一、上次管理评审（2025年11月）决议的落实情况", "h2")
    a.add(pdf_table(["2025年决议", "责任部门", "落实情况"], [
        ["设立齐河服务站，覆盖德州北部和商河", "运维服务部", "已完成，2025年12月投入运行"],
        ["400坐席由3席增至4席", "客户服务部", "已完成（2025年8月）"],
        ["修订《客户投诉处理程序》，增加12345转办件的要求", "客户服务部", "未完成"],
        ["对乡镇服务商补做准入评估并组织一次培训", "渠道部", "未完成，渠道部人员主要精力在销售"],
        ["工商业全托管电站推行季度运行报告", "运维服务部", "已完成，12座电站一至三季度报告均已提交客户"],
    ], [6.4 * cm, 3.0 * cm, WIDTH - 9.4 * cm]))
    a.add(Spacer(1, 4))

    a.p("二、服务目标完成情况（1—9月）", "h2")
    a.add(pdf_table(["指标", "2026年目标", "1—9月实际", "评价"], [
        ["400热线接通率", "≥90%", _pct(rate9), _judge(rate9 >= .90)],
        ["报修2小时内联系率", "≥98%", _pct(tk9["first_ok"]), _judge(tk9["first_ok"] >= .98)],
        ["到场及时率", "≥95%", _pct(tk9["ontime"]), _judge(tk9["ontime"] >= .95)],
        ["一般故障5日内修复率", "≥90%", _pct(tk9["fix5"]), _judge(tk9["fix5"] >= .90)],
        ["合同工期内完工率", "≥95%", _pct(ins9["ontime_rate"]), _judge(ins9["ontime_rate"] >= .95)],
        ["并网一次验收通过率", "≥95%", _pct(ins9["first_pass_rate"]), _judge(ins9["first_pass_rate"] >= .95)],
        ["投诉处理及时率", "≥95%", _pct(cs9["timely"]), _judge(cs9["timely"] >= .95)],
        ["投诉解决率", "≥97%", _pct(cs9["resolve"]), _judge(cs9["resolve"] >= .97)],
        ["并网回访满意率", "≥95%", _pct(cb9["sat"]), _judge(cb9["sat"] >= .95)],
    ], [4.4 * cm, 3.0 * cm, 3.4 * cm, WIDTH - 10.8 * cm], center_cols=(1, 2, 3)))
    a.add(Spacer(1, 4))
    a.p(f"说明：到场及时率按服务站直接服务县区为{_pct(tk9['st_ontime'])}，服务商转报县为{_pct(tk9['ag_ontime'])}，"
        "6月冰雹后集中报修期间肥城服务站超时较多。合同工期未达标主要发生在4—6月和9—10月安装旺季，班组不足；"
        "投诉未解决的主要是发电量低于宣传的争议。")

    a.p("三、内部审核结果", "h2")
    a.p("2026年9月15日—17日，质量安全部组织ISO 9001内部审核，审核员周振、许立新。与安装交付和售后服务有关的发现：")
    noelec = sum(1 for x in AGENTS if not x["elec"])
    for t in [
        "1．抽查2026年1—8月并网项目资料40份，5份缺少隐蔽工程（接地、挂钩防水）照片。（不符合项NC-2026-05，已整改，10月复查关闭）",
        "2．《客户投诉处理程序》（YGG-FW-008）为2021年6月版本，超过手册规定的两年评审周期未评审，文中归口部门仍为“售后服务部”，投诉渠道未包括12345转办。（不符合项NC-2026-06，未关闭）",
        f"3．抽查乡镇服务商10家，均未找到《乡镇服务商准入评估表》；名录{len(AGENTS)}家服务商中{noelec}家没有持电工证的人员，不符合《乡镇服务商管理办法》第四条。该办法标注“试行一年”，已执行两年半仍未转为正式文件。（不符合项NC-2026-07，未关闭）",
        "4．随机抽问运维工程师和热线坐席10人，6人能完整说出公司服务理念；抽问乡镇服务商3家，均表示不知道。（观察项）",
        "5．维修工单完工后没有回访，手册只规定了并网回访，客户对维修服务的评价没有收集渠道。（观察项）",
        "6．《售后服务月报》编制到6月，7月冰雹抢修后中断。（观察项）",
    ]:
        a.p(t, "sub")

    a.p("四、外部信息", "h2")
    a.p(f"1．供电公司：1—9月签约项目中并网验收{ins9['grid']}座，一次验收通过率{_pct(ins9['first_pass_rate'])}，"
        "未通过的原因主要是接地电阻超标、并网柜资料不全和计量表箱位置不符合要求。")
    a.p(f"2．6月12日冰雹：肥城、宁阳、东平受灾，报修的受损电站{tk9['hail']}户，击碎组件{tk9['hail_panels']}块。6月400来电3,940通，"
        "接通率只有71.5%。抢修由分管副总经理临时调度，公司没有应急预案，也没有应急专项经费，抢修费用41.2万元在管理费用中列支；"
        f"受灾客户大多未购买财产险，组件费用需客户自理，由此引起投诉{hail_c}件。")
    a.p(f"3．发电量投诉：1—9月“发电量低于宣传”投诉{cs9['gen']}件，为投诉第一大类，12345转办的{cs9['r12345']}件投诉中有{gen_12345}件属此类。"
        "客户普遍提到公众号3月发布的推广文章和部分服务商的口头宣传（“每千瓦年发电不低于1300度，达不到补差价”），与合同第六条“不对发电量和收益作出保证”不一致。")
    a.p("4．分布式光伏上网电价和并网政策调整后，户用新增签约比上年减少，客户对收益更加敏感，对发电量和维修停发的意见增多。")

    a.p("五、供应商", "h2")
    a.p("采购仓储部2025年12月对合格供方进行了年度评价，结果如下：")
    a.add(pdf_table(["类别", "供方", "等级"], [list(s) for s in SUPPLIERS],
                    [3.0 * cm, WIDTH - 5.0 * cm, 2.0 * cm], center_cols=(2,)))
    a.add(Spacer(1, 4))
    a.p("2026年5月济南鑫泰光伏支架厂一批热镀锌檩条进场抽测镀层厚度48μm，低于65μm的要求，整批退货。"
        "目前公司对供方只做年度评价和进场验收，对厂家生产和运输过程没有跟踪；公司尚未建立供应商奖惩办法，上述退货后也未对该厂作出其他处理。")

    a.p("六、资源", "h2")
    a.p("2026年售后服务预算（运维服务部、客户服务部）386万元（人员268万元、车辆及差旅52万元、备件及工具38万元、培训9万元、系统及通信11万元、其他8万元），"
        "1—9月支出297万元；另冰雹抢修支出41.2万元。7月购置带红外热成像的无人机2台（8.6万元），用于工商业电站巡检。"
        "齐河服务站2025年12月投入运行，服务站增至4个。")

    a.p("七、评审结论与决议", "h2")
    a.p("评审认为：安装并网流程运行良好，材料均按期到场，并网资料问题已整改；售后服务的主要问题是到场及时率和合同工期未达标、"
        "乡镇服务商管理薄弱、发电量宣传与合同不一致、灾害应急无预案无经费。决议如下：")
    a.add(pdf_table(["序号", "决议", "责任部门", "完成期限"], [
        ["1", "2027年服务目标按下表调整", "客户服务部", "2026-12-31发布"],
        ["2", "撤下公众号3月推广文章，统一发电量宣传口径，向全部服务商重新交底", "销售部/渠道部", "2026-11-30"],
        ["3", "修订《客户投诉处理程序》", "客户服务部", "2027-03-31"],
        ["4", "乡镇服务商补做准入评估，制定培训和考核办法", "渠道部", "2027-06-30"],
        ["5", "发布极端天气应急预案，设立应急专项经费", "质量安全部/财务部", "2027-03-31"],
        ["6", "商河、冠县增设服务站的可行性论证", "运维服务部", "2027-06-30"],
        ["7", "研究维修工单回访办法和逆变器返修期间的备用机办法", "客户服务部/运维服务部", "2027-03-31"],
    ], [1.2 * cm, 8.0 * cm, 3.8 * cm, WIDTH - 13.0 * cm], center_cols=(0,)))
    a.add(Spacer(1, 4))
    a.p("2027年服务目标：", "body")
    a.add(pdf_table(["指标", "2026年目标", "2027年目标", "调整说明"], [
        ["400热线接通率", "≥90%", "≥90%，灾害期间≥80%", "增加灾害期间口径"],
        ["报修2小时内联系率", "≥98%", "≥98%", "保持"],
        ["到场及时率", "≥95%", "≥95%，服务商转报县≥90%", "增加分项"],
        ["一般故障5日内修复率", "≥90%", "≥95%", "提高"],
        ["合同工期内完工率", "≥95%", "≥95%", "保持"],
        ["并网一次验收通过率", "≥95%", "≥96%", "提高"],
        ["投诉处理及时率", "≥95%", "≥95%", "保持"],
        ["投诉解决率", "≥97%", "≥97%", "保持"],
        ["并网回访满意率", "≥95%", "≥95%", "保持"],
        ["维修回访满意率", "—", "≥90%", "新增"],
    ], [4.2 * cm, 3.0 * cm, 4.6 * cm, WIDTH - 11.8 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 10))
    a.p("整理：许立新　　审核：周振　　批准：孙建国　　2026年11月5日", "right")

    build_pdf(out / "2026年度管理评审报告.pdf", a.story, title="2026年度管理评审报告", author="许立新",
              subject="管理评审", header_text="管理评审报告　MR-2026", date=d(2026, 11, 5, 15, 0))


# --------------------------------------------------------------------------- #
# 9. 2026年售后服务工作总结及2027年工作计划 (PDF)
# --------------------------------------------------------------------------- #

CLAIMED_ONTIME = "98.3%"  # what the summary says; the installation ledger says otherwise


def make_summary_pdf(out: Path, ins, tk, cs, cb, insp, mc4_late, agent_c, training):
    rate, calls = call_rate()
    planned = sum(r[2] for r in insp)
    done = sum(r[3] for r in insp)
    grid_hy, grid_gs = ins["grid_hy"], ins["grid_gs"]
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年售后服务工作总结及2027年工作计划", "title")
    a.p("运维服务部　客户服务部　2026年11月20日", "right")
    a.add(Spacer(1, 6))
    a.p("2026年是齐河服务站投入运行的第一年，也是公司遇上冰雹灾害最重的一年。现将1—11月（数据截至11月20日）的售后服务工作总结如下，并提出2027年的打算。")

    a.p("一、主要数据", "h2")
    a.add(pdf_table(["项目", "2026年", "说明"], [
        ["户用签约", f"{ins['hy']}户　{ins['hy_kw']:,.0f}千瓦", f"其中乡镇服务商推荐{ins['agent']}户，储能{ins['storage']}套"],
        ["工商业签约", f"{ins['gs']}座　{ins['gs_kw']:,.0f}千瓦", ""],
        ["并网验收", f"{ins['grid']}座", f"一次验收通过率{_pct(ins['first_pass_rate'])}"],
        ["合同工期内完工率", CLAIMED_ONTIME, "材料全部在勘察确认后7日内到场"],
        ["在役电站", f"户用{BASE_HY_2025 + grid_hy:,}户，工商业{BASE_GS_2025 + grid_gs}座", ""],
        ["400来电", f"{calls:,}通", f"接通率{_pct(rate)}，6月仅71.5%"],
        ["运维工单", f"{tk['n']}张", f"远程处理{tk['remote']}张，监控告警发起{tk['alarm']}张"],
        ["到场及时率", _pct(tk["ontime"]), f"服务站直接服务县区{_pct(tk['st_ontime'])}，服务商转报县{_pct(tk['ag_ontime'])}"],
        ["报修2小时内联系率", _pct(tk["first_ok"]), ""],
        ["逆变器返厂", f"{tk['returned']}台", f"平均{tk['returned_days']:.0f}天装回"],
        ["客户投诉", f"{cs['n']}件", f"处理及时率{_pct(cs['timely'])}，解决率{_pct(cs['resolve_claim'])}"],
        ["并网回访", f"{cb['n']}户", f"满意率{_pct(cb['sat'])}，会使用监控APP的{_pct(cb['app'])}"],
        ["免费巡检", f"{done:,}/{planned:,}户", "6月肥城服务站因冰雹抢修暂停"],
        ["运维合同（在履行）", "户用46份，工商业全托管12座", "户用合同全部为2026年新签"],
    ], [3.6 * cm, 4.4 * cm, WIDTH - 8.0 * cm], center_cols=(1,)))
    a.add(Spacer(1, 3))
    a.p("注：投诉解决率中，发电量宣传争议3件属合同约定以外的诉求，未计入。", "small")

    a.p("二、主要工作", "h2")
    a.p("（一）安装并网。全年执行新版作业规范，彩钢瓦屋面一律使用夹具、不再打孔；并网资料抽查发现缺隐蔽工程照片后，质检员逐项目补拍，10月起随资料一并上传。"
        "并网后交付资料袋、现场绑定监控APP，回访中客户对施工人员讲解的评价较好。")
    a.p(f"（二）冰雹抢修。6月12日肥城、宁阳、东平冰雹，报修受损电站{tk['hail']}户，击碎组件{tk['hail_panels']}块。公司从平阴、茌平服务站和工程部抽调14人支援肥城服务站，"
        "6月12日—7月10日完成全部受损电站的断电排查和更换。多数客户未投保财产险，组件费用由客户承担、人工费全部免收，部分客户不理解，形成投诉。")
    a.p(f"（三）远程监控和无人机巡检。监控专员每天巡查三家厂家平台，全年由监控告警发起工单{tk['alarm']}张；全部工单中有{tk['remote']}张通过远程重启、远程指导配网解决，不用上门。"
        f"7月购置带红外热成像的无人机2台，对12座全托管工商业电站完成两轮巡检，发现热斑组件37块、接头过热9处，生成维修工单{tk['uav']}张，其余在月度巡检中一并处理。")
    a.p("（四）质量改进。主要改进事项如下：")
    a.add(pdf_table(["问题", "原因", "措施", "效果"], [
        ["MC4接头烧蚀，组串无电流", "不同品牌接头混插、压接不到位", "8月下发技术通知TZ-2026-03：统一原厂接头和专用压接钳，验收增加红外测温",
         f"9月以来新装电站未发生；老电站9—11月仍有{mc4_late}单，2027年春季巡检逐站排查"],
        ["彩钢瓦屋面渗漏", "早期项目自攻钉打孔固定", "新项目一律使用夹具；老项目渗漏免费改造", "新项目未发生"],
        ["逆变器频繁离线", "农村WiFi信号弱、客户更换路由器", "向锦浪反馈后厂家推送固件升级；新项目改配4G采集棒", "跟踪中"],
        ["逆变器装在卧室外墙有噪声", "设计未考虑", "作业规范明确不得安装在卧室外墙；已免费移装", "未再发生"],
    ], [3.4 * cm, 3.4 * cm, 5.6 * cm, WIDTH - 12.4 * cm]))
    a.add(Spacer(1, 4))
    a.p("全年向厂家发出《厂家质量反馈单》9份（锦浪4份、古瑞瓦特2份、固德威2份、隆基1份），厂家已回复8份。")
    a.p(f"（五）工商业电站。12座全托管电站按“一站一案”执行，每座有专属运维工程师，一至三季度运行报告按时提交客户；到场及时率{_pct(tk['gs_ontime'])}。")
    a.p(f"（六）乡镇服务商。目前签约{len(AGENTS)}家，推荐签约户用电站{ins['agent']}户，占户用签约的{ins['agent'] / ins['hy']:.0%}；服务商转报工单{tk['agent_src']}张。"
        f"涉及服务商私自收费、夸大宣传、转报不及时的投诉{agent_c}件，已按办法扣减佣金或书面警告。")
    a.p(f"（七）培训。全年组织培训{len(training)}场、{sum(t[4] for t in training)}人次，新员工岗前培训2期；邀请锦浪、固德威厂家讲师各培训一次。")
    a.p("（八）激励。评选季度“服务之星”6人次（尹成龙、孙鹏、刘倩、田宝林、王成刚、张玉婷），冰雹抢修后对肥城服务站全体给予通报表扬。")
    a.p("（九）其他。8月冰雹抢修结束后，公司给一线人员发放了防暑降温补贴。10月马兆磊参加了山东省光伏行业协会组织的户用光伏运维团体标准征求意见座谈会。")

    a.p("三、存在的问题", "h2")
    for t in [
        f"1．到场及时率{_pct(tk['ontime'])}，未达到95%的目标；服务商转报县只有{_pct(tk['ag_ontime'])}，商河、冠县距最近的服务站单程超过80公里。",
        f"2．逆变器返厂平均{tk['returned_days']:.0f}天，返修期间电站停发。公司没有备用逆变器，也没有停发补偿的办法，客户意见很大。",
        f"3．发电量宣传与合同不一致。“发电量低于宣传”投诉{cs['gen']}件，是投诉最多的一类；管理评审决定撤下的公众号3月推广文章，截至目前还没有撤下。",
        "4．乡镇服务商管理薄弱：签约时都没有留下准入评估表，部分服务商没有持电工证的人员；从签约到现在没有组织过一次培训，也没有考核。",
        "5．回访只做并网回访，维修工单完工后不回访；原计划9月开展的年度客户满意度调查，因冰雹抢修后人手紧张没有开展。",
        "6．400热线只有4个坐席，灾害期间根本接不过来，6月接通率71.5%。",
        "7．《售后服务月报》7月以后中断，7—10月的工单时效和投诉情况没有按月报送。",
        "8．应急预案还是征求意见稿，没有应急专项经费。",
        f"9．冰雹后拆下的破损组件{tk['hail_panels']}块和历年更换下来的旧组件、旧逆变器，暂存在肥城、宁阳服务站院内，公司尚未与有资质的单位签订回收处置协议。",
        "10．公司目前没有人取得售后服务管理师证书。",
        f"11．储能系统今年销售{ins['storage']}套，储能售后还没有专门的规定，运维工程师只参加过一次厂家产品培训。",
        "12．三家厂家监控平台各自独立，400工单和电站档案都在Excel里，数据要人工对；公众号只有文章和400电话，没有在线报修；公司官网2024年以后没有更新。",
        "13．2025年以前投诉和报修混在一张工单表里，没有单独统计投诉，无法和往年比较投诉率。",
        "14．客户关怀除了春节前公众号推送问候，没有开展专门的活动。",
    ]:
        a.p(t, "sub")

    a.p("四、2027年工作计划", "h2")
    for t in [
        "1．计划2027年上线“智能运维平台”，把三家厂家的监控数据、400工单和电站档案接入一个系统，公众号增加在线报修；所需约60万元拟列入2027年预算。",
        "2．拟于2027年一季度制定《储能系统售后服务规定》，组织储能专项培训。",
        "3．乡镇服务商补做准入评估，每半年组织一次培训，制定考核办法。",
        "4．论证在商河、冠县增设服务站。",
        "5．建立逆变器备用机池（每站2台），研究返修期间的停发补偿办法。",
        "6．维修工单完工后3日内回访；2027年一季度开展客户满意度调查。",
        "7．与有资质的单位签订废旧组件、逆变器回收处置协议。",
        "8．选送2人参加售后服务管理师培训。",
        "9．拟委托山东建筑大学对彩钢瓦屋面长期渗漏和抗风加固问题开展研究。",
        "10．拟与山东电子职业技术学院合作开设光伏运维订单班，培养后备运维工程师。",
        "11．年底组织一次服务团队拓展活动。",
    ]:
        a.p(t, "sub")
    a.add(Spacer(1, 10))
    a.p("编制：马兆磊、高雪梅　　审核：刘晓峰　　2026年11月20日", "right")

    build_pdf(out / "2026年售后服务工作总结及2027年工作计划.pdf", a.story,
              title="2026年售后服务工作总结及2027年工作计划", author="马兆磊",
              subject="年度工作总结", header_text="运维服务部　客户服务部", date=d(2026, 11, 20, 17, 40))


# --------------------------------------------------------------------------- #
# 10. 2026年安装并网台账 (XLSX)
# --------------------------------------------------------------------------- #

def make_install_ledger(out: Path, ins, cb):
    wb = Workbook()
    ws = wb.active
    ws.title = "安装并网台账"
    rows = []
    for i, r in enumerate(ins, 1):
        rows.append([i, r["no"], r["customer"], r["county"], r["town"], r["ptype"], r["roof"], r["kw"],
                     r["module"], r["inverter"], r["storage"] or "—", r["channel"], r["signed"], r["survey"],
                     r["material"] or "", (r["material"] - r["survey"]).days if r["material"] else "",
                     r["done"] or "", r["days"] if r["days"] is not None else "", r["limit"],
                     r["late"] or "", r["apply"] or "", r["grid"], r["accept"] or "", r["first_pass"] or "",
                     r["status"], r["team"], r["qc"], r["note"]])
    xlsx_sheet(ws, ["序号", "项目编号", "客户", "县区", "乡镇", "项目类型", "屋面类型", "装机容量(kW)", "组件",
                    "逆变器", "储能", "销售渠道", "签约日期", "勘察确认日期", "材料到场日期", "勘察确认至到场(天)",
                    "完工日期", "签约至完工(天)", "合同工期(天)", "是否超期", "并网申请日期", "供电公司",
                    "并网验收日期", "一次验收通过", "状态", "施工班组", "质检抽检", "备注"], rows,
               widths=[6, 16, 22, 8, 10, 16, 12, 10, 24, 16, 14, 34, 11, 11, 11, 10, 11, 10, 8, 8, 11,
                       18, 11, 8, 10, 16, 8, 36],
               title="2026年安装并网台账（截至2026年11月20日）")
    ws2 = wb.create_sheet("并网回访记录")
    xlsx_sheet(ws2, ["序号", "项目编号", "客户", "地址", "容量(kW)", "施工班组", "并网验收日期", "回访日期",
                     "回访方式", "回访结果", "会使用监控APP", "客户意见", "后续处理", "回访人"], cb,
               widths=[6, 16, 22, 18, 9, 16, 11, 11, 18, 9, 16, 34, 22, 8],
               title="2026年并网回访记录")
    ws3 = wb.create_sheet("月度汇总")
    summ = []
    for m in range(1, 12):
        sm = [r for r in ins if r["signed"].month == m]
        dn = [r for r in ins if r["done"] and r["done"].month == m]
        ac = [r for r in ins if r["accept"] and r["accept"].month == m]
        cbm = [c for c in cb if c[6].month == m]
        valid = [c for c in cbm if c[9] in ("满意", "基本满意", "不满意")]
        summ.append([f"2026年{m}月", len(sm), round(sum(r["kw"] for r in sm), 2), len(dn),
                     sum(1 for r in dn if r["late"] == "是"), len(ac),
                     sum(1 for r in ac if r["first_pass"] == "是"), len(cbm),
                     f"{sum(1 for c in valid if c[9] != '不满意') / len(valid):.1%}" if valid else "—"])
    xlsx_sheet(ws3, ["月份", "签约(户/座)", "签约容量(kW)", "完工", "其中超期", "并网验收", "一次通过", "回访",
                     "回访满意率"], summ, widths=[12, 10, 12, 8, 8, 9, 9, 8, 10],
               title="2026年安装并网月度汇总（11月截至20日）")
    save_xlsx(wb, out / "2026年安装并网台账.xlsx", creator="韩志强", last_by="孙晓",
              created=d(2026, 1, 4, 8, 40), modified=d(2026, 11, 20, 17, 55),
              title="2026年安装并网台账")


# --------------------------------------------------------------------------- #
# 11. 2026年运维工单台账 (XLSX)
# --------------------------------------------------------------------------- #

TICKET_HEADER = ["序号", "工单号", "报修时间", "来源", "电站（客户）", "县区", "乡镇", "服务辖区", "电站类型",
                 "质保/合同状态", "故障现象", "故障分类", "首次联系用时(小时)", "是否需到场", "到场时间",
                 "到场用时(小时)", "到场时限(小时)", "到场是否超时", "处理措施", "完成日期", "报修至完成(天)",
                 "费用(元)", "收费说明", "处理人", "状态"]


def make_ticket_ledger(out: Path, tk, om, insp):
    wb = Workbook()
    ws = wb.active
    ws.title = "运维工单"
    xlsx_sheet(ws, TICKET_HEADER, tk,
               widths=[6, 11, 16, 12, 26, 8, 10, 22, 8, 16, 28, 24, 10, 8, 16, 10, 10, 10, 44, 11, 10, 9,
                       40, 16, 8],
               title="2026年运维工单台账（截至2026年11月20日）", date_fmt="yyyy-mm-dd hh:mm")
    for row in ws.iter_rows(min_row=3, min_col=20, max_col=20):
        for c in row:
            if isinstance(c.value, dt.date):
                c.number_format = "yyyy-mm-dd"
    ws2 = wb.create_sheet("巡检清洗月报")
    xlsx_sheet(ws2, ["月份", "服务站", "免费巡检计划(户)", "完成(户)", "完成率", "合同清洗(户次)", "发现隐患(处)",
                     "已整改(处)", "备注"], insp, widths=[12, 12, 14, 10, 8, 12, 12, 10, 22],
               title="2026年巡检清洗月报（安装工程质保期内电站免费巡检）")
    ws3 = wb.create_sheet("运维合同")
    xlsx_sheet(ws3, ["合同编号", "客户", "县区", "服务类别", "容量(kW)", "起始日期", "期限", "年费(元)", "服务内容",
                     "专属工程师"], om, widths=[16, 32, 8, 14, 9, 11, 6, 9, 60, 10],
               title="运维合同登记表（在履行）")
    ws4 = wb.create_sheet("月度统计")
    summ = []
    for m in range(1, 12):
        mr = [r for r in tk if r[T_WHEN].month == m]
        vis = [r for r in mr if r[T_LATE] in ("是", "否")]
        late = sum(1 for r in vis if r[T_LATE] == "是")
        summ.append([f"2026年{m}月", len(mr), sum(1 for r in mr if r[T_VISIT] == "否"), len(vis), late,
                     f"{1 - late / len(vis):.1%}" if vis else "—",
                     sum(1 for r in mr if "返厂" in r[T_FIX]), sum(1 for r in mr if "冰雹" in str(r[T_FIX]))])
    xlsx_sheet(ws4, ["月份", "工单数", "远程处理", "需到场", "到场超时", "到场及时率", "逆变器返厂", "冰雹抢修"], summ,
               widths=[12, 8, 9, 8, 9, 10, 10, 9], title="2026年运维工单月度统计（11月截至20日）")
    save_xlsx(wb, out / "2026年运维工单台账.xlsx", creator="马兆磊", last_by="田甜",
              created=d(2026, 1, 2, 8, 30), modified=d(2026, 11, 20, 18, 10),
              title="2026年运维工单台账")


# --------------------------------------------------------------------------- #
# 12. 2026年客户投诉登记台账 (XLSX)
# --------------------------------------------------------------------------- #

def make_complaint_ledger(out: Path, cs_rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉登记"
    xlsx_sheet(ws, ["序号", "投诉编号", "受理日期", "渠道", "客户", "联系电话", "地址", "电站编号", "投诉类别", "投诉内容",
                    "责任部门", "类型", "时限(天)", "处理过程及结果", "结案日期（电话告知客户）", "用时(天)",
                    "是否超时", "状态", "经办人", "备注"], cs_rows,
               widths=[6, 12, 11, 12, 8, 14, 18, 16, 16, 44, 16, 6, 8, 60, 14, 8, 8, 8, 8, 20],
               title="2026年客户投诉登记台账")
    ws2 = wb.create_sheet("月度统计")
    summ = []
    for m in range(1, 12):
        mr = [r for r in cs_rows if r[C_DATE].month == m]
        closed = [r for r in mr if r[C_STATUS] in ("已解决", "未解决")]
        summ.append([f"2026年{m}月", len(mr), sum(1 for r in mr if r[C_STATUS] == "已解决"),
                     sum(1 for r in mr if r[C_STATUS] == "未解决"), sum(1 for r in mr if r[C_STATUS] == "处理中"),
                     sum(1 for r in closed if r[C_LATE] == "是"),
                     sum(1 for r in mr if r[C_CAT] == "发电量低于宣传")])
    xlsx_sheet(ws2, ["月份", "投诉数", "已解决", "未解决", "处理中", "超时", "其中发电量低于宣传"], summ,
               widths=[12, 8, 8, 8, 8, 8, 16], title="2026年投诉月度统计（11月截至20日）")
    ws3 = wb.create_sheet("分类统计")
    cats = {}
    for r in cs_rows:
        cats.setdefault(r[C_CAT], [0, 0, 0])
        cats[r[C_CAT]][0] += 1
        if r[C_STATUS] == "未解决":
            cats[r[C_CAT]][1] += 1
        if r[C_LATE] == "是":
            cats[r[C_CAT]][2] += 1
    crow = [[k, v[0], v[1], v[2]] for k, v in sorted(cats.items(), key=lambda kv: -kv[1][0])]
    xlsx_sheet(ws3, ["投诉类别", "件数", "未解决", "超时"], crow, widths=[20, 8, 8, 8], title="2026年投诉分类统计")
    save_xlsx(wb, out / "2026年客户投诉登记台账.xlsx", creator="高雪梅", last_by="刘倩",
              created=d(2026, 1, 3, 9, 0), modified=d(2026, 11, 20, 16, 45),
              title="2026年客户投诉登记台账")


# --------------------------------------------------------------------------- #
# 13. 2026年员工培训记录 (XLSX)
# --------------------------------------------------------------------------- #

TRAINING = [
    # date, topic, trainer, audience, people, hours, exam, avg
    (dt.date(2026, 1, 9), "《户用光伏勘察设计及安装并网作业规范》V3.0宣贯（彩钢瓦夹具、交付要求）", "韩志强", "工程部、安装班组、质检员", 28, 2, "笔试", 86.4),
    (dt.date(2026, 2, 27), "高处作业安全及安全带、生命绳使用", "周振", "安装班组、运维工程师", 41, 3, "实操", "合格"),
    (dt.date(2026, 3, 12), "锦浪逆变器故障代码与远程诊断", "锦浪科技山东区域技术工程师", "运维工程师、站长、监控专员", 18, 4, "笔试", 84.7),
    (dt.date(2026, 3, 26), "新员工岗前培训（第1期）：公司简介与服务理念、产品、安全、作业规范", "赵敏、韩志强、马兆磊等", "新入职人员", 6, 24, "笔试＋实操", 85.2),
    (dt.date(2026, 4, 16), "上门服务规范与沟通礼仪", "高雪梅", "运维工程师、站长、热线坐席、安装班长", 30, 2, "无", ""),
    (dt.date(2026, 5, 14), "固德威逆变器及户用储能产品知识", "固德威山东服务中心讲师", "运维工程师、热线坐席", 22, 3, "笔试", 82.9),
    (dt.date(2026, 5, 28), "触电急救与防雷接地检测", "周振", "安装班组、运维工程师", 45, 2, "实操", "合格"),
    (dt.date(2026, 6, 25), "冰雹受损组件鉴定与保险理赔资料", "马兆磊", "运维工程师、热线坐席", 21, 1.5, "无", ""),
    (dt.date(2026, 7, 16), "《电力法》《消费者权益保护法》与户用光伏合同纠纷案例", "外聘 山东齐鲁律师事务所 何律师", "热线坐席、站长、销售人员", 26, 2, "笔试", 81.5),
    (dt.date(2026, 8, 20), "新员工岗前培训（第2期）", "赵敏、韩志强、马兆磊等", "新入职人员", 4, 24, "笔试＋实操", 83.8),
    (dt.date(2026, 9, 10), "MC4接头压接工艺及红外测温（技术通知TZ-2026-03）", "韩志强", "安装班组、运维工程师", 38, 2, "实操", "合格"),
    (dt.date(2026, 9, 24), "400热线话术及工单记录规范", "高雪梅", "客户服务部", 7, 2, "实操", 88.0),
    (dt.date(2026, 10, 22), "无人机红外巡检操作", "无人机厂家技术员", "运维工程师", 6, 8, "实操", "合格"),
    (dt.date(2026, 11, 12), "冬季巡检与雪后安全提示", "马兆磊", "运维工程师、热线坐席", 24, 1, "无", ""),
]


def make_training(out: Path):
    rng = random.Random(8086)
    wb = Workbook()
    ws = wb.active
    ws.title = "年度培训计划"
    xlsx_sheet(ws, ["序号", "计划月份", "课目", "对象", "课时", "预算(元)", "执行情况"], [
        [1, "1月", "作业规范V3.0宣贯", "工程部、安装班组", 2, 0, "已完成（1月9日）"],
        [2, "每季度", "安全培训（高处作业、触电急救、防雷接地）", "安装班组、运维工程师", 8, 3000, "已完成2次；三季度因冰雹抢修未办"],
        [3, "3月、9月", "厂家技术培训", "运维工程师、站长", 8, 0, "已完成2次（锦浪、固德威）"],
        [4, "按入职", "新员工岗前培训", "新入职人员", 24, 6000, "已完成2期"],
        [5, "4月", "上门服务规范与沟通礼仪", "运维、坐席、安装班长", 2, 0, "已完成"],
        [6, "6月", "法律法规", "坐席、站长、销售", 2, 5000, "7月完成"],
        [7, "7月", "乡镇服务商报修流程和清洗规范培训", "乡镇服务商", 3, 8000, "未执行，推迟至2027年"],
        [8, "9月", "400话术及工单记录", "客户服务部", 2, 0, "已完成"],
        [9, "10月", "售后服务管理师考前辅导", "报名人员", 16, 9000, "取消（无人报名）"],
        [10, "11月", "冬季巡检", "运维、坐席", 1, 0, "已完成"],
    ], widths=[6, 10, 36, 24, 6, 10, 30], title="2026年培训计划及执行情况")
    ws2 = wb.create_sheet("培训签到及考核")
    xlsx_sheet(ws2, ["日期", "培训内容", "讲师", "对象", "参训人数", "课时", "考核方式", "平均分/结果", "记录人"],
               [[t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], "赵敏"] for t in TRAINING],
               widths=[11, 50, 28, 30, 9, 6, 12, 11, 8], title="2026年培训签到及考核汇总")
    ws3 = wb.create_sheet("岗前培训成绩")
    new = [("李娜", "热线坐席"), ("陈超", "运维工程师"), ("魏广才", "运维工程师"), ("杜志刚", "运维工程师"),
           ("周海洋", "安装工"), ("韩冬", "安装工"), ("牛振宇", "安装工"), ("庞磊", "安装工"),
           ("耿晓燕", "勘察设计员"), ("邢军", "安装工")]
    prow = []
    for i, (nm, post) in enumerate(new):
        batch = "第1期（2026-03-26至03-28）" if i < 6 else "第2期（2026-08-20至08-22）"
        score = rng.randint(78, 94)
        res = "合格" if score >= 80 else "补考合格"
        prow.append([i + 1, nm, post, batch, score, rng.choice(["合格", "合格", "良好"]), res,
                     dt.date(2026, 3, 30) if i < 6 else dt.date(2026, 8, 24)])
    xlsx_sheet(ws3, ["序号", "姓名", "岗位", "期次", "笔试成绩", "实操", "结论", "上岗日期"], prow,
               widths=[6, 8, 12, 28, 9, 8, 10, 11], title="2026年新员工岗前培训考核成绩")
    ws4 = wb.create_sheet("持证情况")
    certs = []
    people = ([(s[1], "站长") for s in STATIONS.values()] +
              [(n, "运维工程师") for s in STATIONS.values() for n in s[2][1:]] +
              [(t.split("（")[1].rstrip("）"), "安装班长") for t in INSTALL_TEAMS] +
              [(n, "质检员") for n in QC_STAFF] + [("马兆磊", "运维服务部经理")])
    for name, post in people:
        hv = "有（复审2027.05）" if post in ("站长", "运维服务部经理") else "—"
        certs.append([name, post, "有", hv, "有", "无"])
    xlsx_sheet(ws4, ["姓名", "岗位", "低压电工作业证", "高压电工作业证", "高处作业证", "售后服务管理师"], certs,
               widths=[8, 14, 24, 18, 10, 12], title="一线服务人员持证情况（2026年11月）")
    save_xlsx(wb, out / "2026年员工培训记录.xlsx", creator="赵敏", last_by="赵敏",
              created=d(2025, 12, 20, 10, 0), modified=d(2026, 11, 13, 9, 20),
              title="2026年员工培训记录")


# --------------------------------------------------------------------------- #
# 14. 公众号推广文章 (TXT, March 2026, still online)
# --------------------------------------------------------------------------- #

ARTICLE_TXT = f"""屋顶闲着也是闲着，装光伏找阳光谷！
{WECHAT}　2026-03-18 08:30　山东
（公众号文章复制稿，销售部发布）

开春了，不少乡亲在问：俺家屋顶装光伏到底划不划算？今天一次给大家说明白。

【一块屋顶，二十五年收益】
光伏板装在自家屋顶上，太阳一出来就发电，发的电卖给国家电网，电费直接打到您的银行卡上。
不用看天吃饭，不用起早贪黑，屋顶就是一块“不长草的地”。

【能发多少电？】
在咱济南、泰安、德州、聊城，每千瓦一年发电1300度以上！
阳光谷保证发电量，达不到补差价，让您装得放心！
按30千瓦的屋顶算，一年能卖电四千多元，六七年回本，后面十几年都是纯收益。

【为什么选阳光谷？】
1. 大品牌：隆基、晶科、天合组件，锦浪、古瑞瓦特、固德威逆变器，每块板都能在厂家官网查真伪。
2. 专业安装：自有安装队，持证上岗，平顶、瓦房、彩钢瓦都能装，瓦房不漏水。
3. 包并网：并网手续我们跑，您只管签字。
4. 贴心服务：5年安装质保，终身免费维护！平阴、肥城、齐河、茌平四个县级服务站，村里还有阳光谷乡镇服务站点，有事找得到人。
5. 手机看发电：装好后师傅帮您装上手机APP，每天发多少电一目了然。

【装光伏几步走】
① 打电话或找村里服务站点预约 → ② 免费上门勘察 → ③ 出方案、签合同 → ④ 材料进场 → ⑤ 安装调试 → ⑥ 并网发电 → ⑦ 回访和售后

【常见问题】
问：光伏板会不会被冰雹砸坏？
答：组件玻璃经过抗冰雹测试，一般的冰雹砸不坏，您放心。
问：下雪了要不要上去扫？
答：不用，太阳一晒自己就化了，千万不要自己爬屋顶。
问：坏了找谁？
答：打{HOTLINE}（每天8:00—18:00），或者告诉村里的服务站点，我们安排师傅上门。

阳光谷，让每一片屋顶都发电！
咨询热线：{HOTLINE}
点击下方菜单【我要咨询】留言，业务员会联系您。

公众号菜单：【我要咨询】【报修电话】【电站知识】
"""


def make_article_txt(out: Path):
    (out / "阳光谷光伏服务号文章《屋顶闲着也是闲着，装光伏找阳光谷》（2026年3月）.txt").write_text(
        ARTICLE_TXT, encoding="utf-8")


# --------------------------------------------------------------------------- #

def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    ins = install_rows()
    cb = callback_rows(ins)
    tk = ticket_rows(ins)
    cs_rows = complaint_rows(ins)
    insp = inspection_rows()
    om = om_contract_rows()
    cb9 = callback_stats([c for c in cb if c[6].month <= 9])
    cs9 = complaint_stats(cs_rows, 9)
    hail_c = sum(1 for r in cs_rows if r[C_CAT] == "冰雹损坏理赔" and r[C_DATE].month <= 9)
    gen_12345 = sum(1 for r in cs_rows if r[C_CAT] == "发电量低于宣传" and r[3] == "12345转办"
                    and r[C_DATE].month <= 9)
    mc4_late = sum(1 for r in tk if r[T_TYPE].startswith("组串故障") and r[T_WHEN].month >= 9)
    agent_c = sum(1 for r in cs_rows if r[C_CAT] == "乡镇服务商收费/服务" or r[-1].startswith("服务商奖惩"))
    for make in (make_manual, make_install_spec, make_om_policy, make_complaint_procedure,
                 make_agent_policy, make_emergency_draft, make_contract_pdf, make_training,
                 make_article_txt):
        make(out)
    make_review_pdf(out, install_stats(ins, 9), ticket_stats(tk, 9), cs9, cb9, hail_c, gen_12345)
    make_summary_pdf(out, install_stats(ins), ticket_stats(tk), complaint_stats(cs_rows),
                     callback_stats(cb), insp, mc4_late, agent_c, TRAINING)
    make_install_ledger(out, ins, cb)
    make_ticket_ledger(out, tk, om, insp)
    make_complaint_ledger(out, cs_rows)
    for f in sorted(out.iterdir()):
        if f.suffix in (".docx", ".pdf", ".xlsx", ".txt"):
            print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main(sys.argv)
