"""Generate the sample document set of 江苏康仪医疗设备服务有限公司 (a fictional company).

A distributor and service provider of medical equipment (彩超, 监护仪, 呼吸机, 电子内窥镜,
输液泵/注射泵) for hospitals in 江苏 and 安徽: 装机验收, 临床操作培训, 预防性维护 (PM),
故障维修, 周转机, 配件库, 质控检测, 不良事件, 维保合同.  The files are written to
evidence_samples/kangyi-medical/.  All content lives in this script; the output is
deterministic (fixed dates, seeded RNG, fixed ZIP timestamps, fixed PDF dates).

    /work/venv/bin/python tools/samples/make_kangyi.py [output_dir]

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
    cn_num,
    d,
    pdf_cover_table,
    pdf_table,
    save_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "evidence_samples" / "kangyi-medical"
COMPANY = "江苏康仪医疗设备服务有限公司"
HOTLINE = "400-828-6690"
QA_TEL = "025-5218 3360"
MAIL = "fuwu@kangyi-med.com.cn"

DocxBuilder = partial(common.DocxBuilder, company=COMPANY)
build_pdf = partial(common.build_pdf, company=COMPANY)
xlsx_sheet = partial(common.xlsx_sheet, head_fill="DDEBF7")

WIDTH = A4[0] - 4.4 * cm
AS_OF = dt.date(2026, 11, 20)  # ledgers run to this day; assessment 2026-11-24

# --------------------------------------------------------------------------- #
# shared data
# --------------------------------------------------------------------------- #

# city -> (province, station, on-site limit in hours: general, life-support)
CITY = {
    "南京": ("江苏", "南京总部", 4, 2), "镇江": ("江苏", "南京总部", 24, 8),
    "扬州": ("江苏", "南京总部", 24, 8), "常州": ("江苏", "南京总部", 24, 8),
    "泰州": ("江苏", "南京总部", 24, 8), "淮安": ("江苏", "南京总部", 24, 8),
    "苏州": ("江苏", "苏州站", 4, 2), "无锡": ("江苏", "苏州站", 24, 8),
    "徐州": ("江苏", "徐州站", 4, 2), "连云港": ("江苏", "徐州站", 24, 8),
    "宿迁": ("江苏", "徐州站", 24, 8),
    "南通": ("江苏", "南通站", 4, 2), "盐城": ("江苏", "南通站", 24, 8),
    "合肥": ("安徽", "合肥站", 4, 2), "芜湖": ("安徽", "合肥站", 48, 24),
    "马鞍山": ("安徽", "合肥站", 48, 24), "安庆": ("安徽", "合肥站", 48, 24),
    "蚌埠": ("安徽", "合肥站", 48, 24), "六安": ("安徽", "合肥站", 48, 24),
    "滁州": ("安徽", "合肥站", 48, 24), "宿州": ("安徽", "合肥站", 48, 24),
    "阜阳": ("安徽", "阜阳华康", 24, 12), "亳州": ("安徽", "阜阳华康", 24, 12),
}

# name, city, level, weight
HOSPITALS = [
    ("南京仁和医院", "南京", "三级", 6), ("南京江北新区第二人民医院", "南京", "二级", 3),
    ("南京市栖霞区医院", "南京", "二级", 2), ("江宁区妇幼保健院", "南京", "二级", 2),
    ("溧水区中医院", "南京", "二级", 2), ("高淳区人民医院", "南京", "二级", 2),
    ("丹阳市第三人民医院", "镇江", "二级", 2), ("仪征市中医院", "扬州", "二级", 2),
    ("扬州市江都区妇幼保健院", "扬州", "二级", 1), ("常州市武进区第二人民医院", "常州", "二级", 2),
    ("泰兴市第二人民医院", "泰州", "二级", 2), ("淮安市淮阴区人民医院", "淮安", "二级", 2),
    ("苏州市第五人民医院", "苏州", "三级", 5), ("昆山市第三人民医院", "苏州", "二级", 3),
    ("常熟市中西医结合医院", "苏州", "二级", 2), ("吴江区第二人民医院", "苏州", "二级", 2),
    ("无锡市惠山区人民医院", "无锡", "二级", 2),
    ("徐州市第四人民医院", "徐州", "三级", 4), ("邳州市中医院", "徐州", "二级", 2),
    ("新沂市第二人民医院", "徐州", "二级", 1), ("连云港市赣榆区中医院", "连云港", "二级", 2),
    ("宿迁市钟吾医院", "宿迁", "二级", 2),
    ("南通市第三人民医院", "南通", "三级", 4), ("海门区中医院", "南通", "二级", 2),
    ("如皋市第二人民医院", "南通", "二级", 1), ("盐城市大丰区人民医院", "盐城", "二级", 2),
    ("合肥市第四人民医院", "合肥", "三级", 4), ("肥西县中医院", "合肥", "二级", 2),
    ("长丰县人民医院", "合肥", "二级", 2), ("芜湖市第五人民医院", "芜湖", "二级", 2),
    ("当涂县人民医院", "马鞍山", "二级", 1), ("桐城市中医院", "安庆", "二级", 1),
    ("蚌埠市第二人民医院", "蚌埠", "二级", 2), ("舒城县人民医院", "六安", "二级", 1),
    ("全椒县人民医院", "滁州", "二级", 1), ("宿州市埇桥区人民医院", "宿州", "二级", 1),
    ("阜阳市第五人民医院", "阜阳", "二级", 2), ("界首市人民医院", "阜阳", "二级", 1),
    ("涡阳县中医院", "亳州", "二级", 1),
]
HOSP = {h[0]: h for h in HOSPITALS}

MAKERS = {
    "超声": "深圳瑞声医疗电子有限公司", "监护仪": "广州恒泰医疗仪器有限公司",
    "呼吸机": "北京安呼医疗科技有限公司", "内镜": "上海明镜内镜系统有限公司",
    "输注泵": "杭州泰输医疗器械有限公司",
}
MODELS = {
    "超声": [("RS-8 彩色多普勒超声诊断系统", "RS8"), ("RS-6 彩色多普勒超声诊断系统", "RS6"),
             ("RS-P3 便携式彩超", "RSP3")],
    "监护仪": [("HT-M12 多参数监护仪", "M12"), ("HT-M8 多参数监护仪", "M08")],
    "呼吸机": [("AH-V600 呼吸机", "V60"), ("AH-V300 无创/转运呼吸机", "V30")],
    "内镜": [("MJ-290 电子胃镜", "G29"), ("MJ-290 电子结肠镜", "C29"), ("MJ-290 内镜图像处理器", "P29")],
    "输注泵": [("TS-80 输液泵", "T80"), ("TS-50 注射泵", "T50")],
}
REG_NO = {
    "超声": "粤械注准20212060418", "监护仪": "粤械注准20192070352",
    "呼吸机": "国械注准20203080221", "内镜": "国械注准20213060155",
    "输注泵": "浙械注准20182140097",
}
DEPTS = {
    "超声": ["超声科", "超声科", "妇产科", "心内科", "急诊科"],
    "监护仪": ["ICU", "急诊科", "手术室", "心内科", "呼吸科", "普外科", "ICU"],
    "呼吸机": ["ICU", "ICU", "急诊科", "呼吸科", "新生儿科"],
    "内镜": ["消化内镜中心", "内镜室"],
    "输注泵": ["ICU", "肿瘤科", "儿科", "心内科", "手术室"],
}
CAT_WEIGHTS = [("超声", .17), ("监护仪", .30), ("呼吸机", .17), ("内镜", .12), ("输注泵", .24)]

# fault text, part (None = no part), source (无需配件/本地库存/总部调拨/厂家订货/返厂/远程), part price
FAULTS = {
    "超声": [
        ("凸阵探头图像出现纵向暗带，阵元损坏", "C5-2凸阵探头", "厂家订货", 16800),
        ("开机停在自检界面，硬盘报错", "固态硬盘", "总部调拨", 2600),
        ("图像有横向干扰条纹", None, "无需配件", 0),
        ("触摸屏点击无反应", "触摸屏组件", "总部调拨", 4200),
        ("脚轮刹车失效", "脚轮（带刹车）", "本地库存", 380),
        ("热敏打印机不出图", "热敏打印机", "本地库存", 2900),
        ("软件运行卡顿、测量包闪退", None, "远程", 0),
    ],
    "监护仪": [
        ("无创血压测量值偏高，气路漏气", "袖带及延长管", "本地库存", 260),
        ("血氧无读数", "血氧探头", "本地库存", 680),
        ("电池不能充电，拔电源即关机", "锂电池", "本地库存", 850),
        ("屏幕黑屏，有报警声", "显示屏", "总部调拨", 2300),
        ("心电导联脱落误报", "心电导联线", "本地库存", 420),
        ("中央站部分床位数据不同步", None, "远程", 0),
        ("主板故障，无法开机", "主板", "厂家订货", 5600),
    ],
    "呼吸机": [
        ("氧浓度监测值偏低报警", "氧电池", "本地库存", 1250),
        ("流量传感器故障报警", "流量传感器", "总部调拨", 3800),
        ("涡轮运行异响", "涡轮组件", "厂家订货", 14500),
        ("呼气阀漏气，潮气量达不到设定值", "呼气阀膜片", "本地库存", 460),
        ("触摸屏无响应", "触摸屏", "厂家订货", 6200),
        ("空氧混合器压力异常", "空氧混合器", "返厂", 9800),
        ("报警限设置及模式切换咨询", None, "远程", 0),
    ],
    "内镜": [
        ("测漏不通过，插入部漏水", "插入部", "返厂", 38000),
        ("图像偏色、有雪花点", "CCD组件", "返厂", 26000),
        ("弯曲角度达不到", "角度钢丝", "厂家订货", 5200),
        ("钳子管道堵塞", "钳子管道", "厂家订货", 4600),
        ("光源灯泡不亮", "氙灯灯泡", "总部调拨", 3900),
        ("处理器无图像输出", None, "无需配件", 0),
    ],
    "输注泵": [
        ("阻塞报警频繁", "压力传感器", "本地库存", 560),
        ("泵门关不严，门锁卡扣断裂", "泵门卡扣", "本地库存", 120),
        ("输液流速偏差大", None, "无需配件", 0),
        ("电池续航不足半小时", "电池", "本地库存", 320),
        ("按键失灵", "按键面膜", "总部调拨", 260),
        ("注射器规格识别错误", "注射器夹持传感器", "总部调拨", 480),
    ],
}
NO_PART_FIX = {
    "图像有横向干扰条纹": "检查为电源插座接地不良，协助设备科整改接地后正常",
    "处理器无图像输出": "视频线接口松动，重新插接固定，图像恢复",
    "输液流速偏差大": "流速校准并更换泵管规格设置，检测合格",
    "软件运行卡顿、测量包闪退": "远程升级软件至V3.2.6，恢复正常",
    "中央站部分床位数据不同步": "远程检查为网络交换机端口故障，指导信息科更换端口",
    "报警限设置及模式切换咨询": "电话及视频指导护士长完成设置",
}
LABOR = {"超声": 800, "监护仪": 300, "呼吸机": 600, "内镜": 800, "输注泵": 200}
REPAIR_LIMIT = {"无需配件": 2, "本地库存": 3, "总部调拨": 4, "厂家订货": 15, "返厂": 30, "远程": 1}

# engineers by station; 内镜 is handled by three certified engineers only
ENGINEERS = {
    "南京总部": ["王磊", "李强", "刘洋", "周杰", "吴昊", "郑凯", "孙鹏", "徐超", "钱坤", "冯博", "陆远", "韩冰"],
    "苏州站": ["顾文杰", "沈浩", "范磊", "陶然", "许峰"],
    "徐州站": ["孟凡", "曹阳", "魏东", "秦川"],
    "南通站": ["季海", "缪晨", "施杰"],
    "合肥站": ["汪成", "方舟", "程亮", "葛鹏", "储强"],
    "阜阳华康": ["华康-张伟", "华康-李建军"],
}
ENDOSCOPE_ENG = {"南京总部": ["马骏", "张宇"], "苏州站": ["蒋明"]}
LEADS = {"超声": "黄志斌", "监护仪": "沈涛", "呼吸机": "朱建华", "内镜": "马骏", "输注泵": "胡亮"}
DISPATCHERS = ["刘佳", "杨雪", "孙晴", "何静"]

MONTH_TICKETS = {1: 22, 2: 16, 3: 24, 4: 23, 5: 25, 6: 24, 7: 27, 8: 25, 9: 23, 10: 23, 11: 15}
INSTALLED = {"江苏": 3720, "安徽": 1410}  # devices under warranty or service contract, 2026-10


def _pick(rng, pairs):
    r = rng.random()
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def _hospital(rng):
    tot = sum(h[3] for h in HOSPITALS)
    r = rng.random() * tot
    for h in HOSPITALS:
        r -= h[3]
        if r < 0:
            return h
    return HOSPITALS[-1]


def _engineer(rng, station, cat, city):
    if cat == "内镜":
        return "蒋明" if station == "苏州站" else rng.choice(ENDOSCOPE_ENG["南京总部"])
    return rng.choice(ENGINEERS[station])


def _serial(rng, cat, code):
    return f"{code}{rng.choice(['19', '20', '21', '22', '23', '24', '25'])}{rng.randint(1000, 9999)}"


def _is_life(cat, dept):
    return cat == "呼吸机" or (cat == "监护仪" and dept in ("ICU", "急诊科", "手术室"))


# Fixed tickets the other documents refer to: (datetime, overrides)
SPECIAL_TICKETS = [
    (dt.datetime(2026, 3, 9, 8, 40), dict(
        hosp="阜阳市第五人民医院", dept="ICU", cat="呼吸机", model=0, fault=1, warranty="维保合同",
        channel="400热线", onsite_h=31.5, days=3,
        fix="更换流量传感器，潮气量、压力检测合格（配件由合肥站转送，合作服务商到场晚）",
        visit="不满意")),
    (dt.datetime(2026, 5, 18, 10, 15), dict(
        hosp="芜湖市第五人民医院", dept="消化内镜中心", cat="内镜", model=1, fault=0, warranty="保修期内",
        channel="设备科邮件", onsite_h=40.0, days=41,
        fix="插入部返上海明镜维修，更换插入部软管及弯曲橡皮，测漏合格（厂家排产延误）",
        visit="基本满意")),
    (dt.datetime(2026, 7, 14, 9, 5), dict(
        hosp="南京仁和医院", dept="ICU", cat="输注泵", model=0, fault=1, warranty="维保合同",
        channel="驻场工程师", onsite_h=0.5, days=0,
        fix="更换泵门卡扣；排查同批次TS-80共23台有同类裂纹，已填写质量信息反馈单报杭州泰输",
        visit="满意")),
    (dt.datetime(2026, 8, 6, 14, 20), dict(
        hosp="徐州市第四人民医院", dept="超声科", cat="超声", model=0, fault=0, warranty="保外",
        channel="400热线", onsite_h=2.1, days=9,
        fix="更换C5-2凸阵探头，图像检测合格（报价17,600元经设备科签字确认）",
        visit="不满意")),
    (dt.datetime(2026, 10, 27, 16, 30), dict(
        hosp="蚌埠市第二人民医院", dept="ICU", cat="监护仪", model=0, fault=6, warranty="维保合同",
        channel="400热线", onsite_h=20.5, days=None,
        fix="", visit="")),
    # tickets behind the complaints in the complaint register
    (dt.datetime(2026, 1, 20, 9, 30), dict(
        hosp="合肥市第四人民医院", dept="消化内镜中心", cat="内镜", model=0, fault=1, warranty="维保合同",
        channel="设备科邮件", onsite_h=3.0, days=33, spare="已提供（南京周转镜，分管副总特批）",
        fix="CCD组件返上海明镜维修，装回后图像及测漏检测合格", visit="基本满意")),
    (dt.datetime(2026, 1, 26, 14, 0), dict(
        hosp="淮安市淮阴区人民医院", dept="超声科", cat="超声", model=1, fault=1, warranty="维保合同",
        channel="400热线", onsite_h=22.0, days=2, fix="", visit="基本满意")),
    (dt.datetime(2026, 2, 20, 10, 40), dict(
        hosp="苏州市第五人民医院", dept="超声科", cat="超声", model=0, fault=1, warranty="维保合同",
        channel="驻场工程师", onsite_h=0.5, days=2,
        fix="厂家远程分析日志后升级软件并更换固态硬盘，跟踪一个月未复发", visit="满意")),
    (dt.datetime(2026, 3, 16, 15, 20), dict(
        hosp="宿迁市钟吾医院", dept="心内科", cat="输注泵", model=0, fault=4, warranty="保修期内",
        channel="400热线", onsite_h=16.0, days=15, dispatch=20,
        fix="按键面膜调拨时漏发，补发后更换4台，检测合格", visit="基本满意")),
    (dt.datetime(2026, 4, 8, 8, 50), dict(
        hosp="仪征市中医院", dept="急诊科", cat="监护仪", model=0, fault=6, warranty="保修期内",
        channel="400热线", onsite_h=6.5, days=10, spare="已提供", fix="", visit="基本满意")),
    (dt.datetime(2026, 5, 14, 9, 10), dict(
        hosp="无锡市惠山区人民医院", dept="ICU", cat="呼吸机", model=0, fault=2, warranty="维保合同",
        channel="400热线", onsite_h=5.5, days=17, spare="已提供", fix="", visit="基本满意")),
    (dt.datetime(2026, 6, 3, 11, 20), dict(
        hosp="高淳区人民医院", dept="心内科", cat="监护仪", model=1, fault=6, warranty="保外",
        channel="400热线", onsite_h=2.6, days=9, spare="已提供",
        fix="更换主板，检测合格（保修期已满2个月，按保外收费后给予九折）", visit="基本满意")),
    (dt.datetime(2026, 6, 13, 8, 30), dict(
        hosp="蚌埠市第二人民医院", dept="心内科", cat="监护仪", model=0, fault=1, warranty="维保合同",
        channel="400热线", onsite_h=41.0, days=2, fix="", visit="基本满意")),
    (dt.datetime(2026, 6, 22, 9, 0), dict(
        hosp="长丰县人民医院", dept="肿瘤科", cat="输注泵", model=0, fault=0, warranty="保修期内",
        channel="400热线", onsite_h=27.0, days=2, fix="", visit="基本满意")),
    (dt.datetime(2026, 7, 7, 14, 30), dict(
        hosp="海门区中医院", dept="超声科", cat="超声", model=1, fault=0, warranty="保修期内",
        channel="400热线", onsite_h=3.1, days=14, spare="已提供（便携机）", fix="", visit="满意")),
    (dt.datetime(2026, 7, 21, 10, 0), dict(
        hosp="连云港市赣榆区中医院", dept="ICU", cat="监护仪", model=0, fault=3, warranty="维保合同",
        channel="400热线", onsite_h=6.0, days=7, dispatch=118,
        fix="中心库显示屏缺货，厂家补货后发出，更换显示屏，检测合格", visit="满意")),
    (dt.datetime(2026, 8, 20, 15, 10), dict(
        hosp="界首市人民医院", dept="急诊科", cat="监护仪", model=0, fault=3, warranty="维保合同",
        channel="400热线", onsite_h=10.5, days=6, dispatch=9,
        fix="合作服务商首次更换显示屏后仍黑屏，合肥站远程指导二次上门更换背光排线，检测合格", visit="基本满意")),
    (dt.datetime(2026, 9, 2, 16, 0), dict(
        hosp="常熟市中西医结合医院", dept="ICU", cat="呼吸机", model=0, fault=2, warranty="维保合同",
        channel="400热线", onsite_h=1.5, days=12, spare="已提供（南京调拨）", fix="", visit="基本满意")),
    (dt.datetime(2026, 9, 23, 10, 30), dict(
        hosp="宿州市埇桥区人民医院", dept="超声科", cat="超声", model=1, fault=3, warranty="保修期内",
        channel="400热线", onsite_h=46.0, days=3, fix="", visit="基本满意")),
    (dt.datetime(2026, 10, 9, 9, 40), dict(
        hosp="淮安市淮阴区人民医院", dept="心内科", cat="监护仪", model=1, fault=6, warranty="保外",
        channel="400热线", onsite_h=14.0, days=6, spare="已提供", fix="", visit="不满意")),
    (dt.datetime(2026, 10, 19, 22, 10), dict(
        hosp="昆山市第三人民医院", dept="呼吸科", cat="呼吸机", model=1, fault=0, warranty="维保合同",
        channel="400热线", onsite_h=2.5, days=0, fix="", visit="满意")),
    (dt.datetime(2026, 11, 15, 23, 20), dict(
        hosp="常熟市中西医结合医院", dept="ICU", cat="呼吸机", model=0, fault=3, warranty="维保合同",
        channel="400热线", onsite_h=1.8, days=0, fix="", visit="满意")),
]


def ticket_rows():
    """The 2026 repair ledger (one dict a ticket), deterministic."""
    rng = random.Random(20260108)
    rng_late = random.Random(5150)  # late draws apart, so the rates stay stable
    slots = []
    for month, count in MONTH_TICKETS.items():
        last = 20 if month == 11 else (dt.date(2026, month + 1, 1) - dt.timedelta(days=1)).day
        for _ in range(count):
            day = rng.randint(1, last)
            hour = _pick(rng, [(rng.randint(8, 11), .45), (rng.randint(12, 17), .45),
                               (rng.choice([7, 18, 19, 20, 21, 22, 23]), .10)])
            slots.append([dt.datetime(2026, month, day, hour, rng.choice(range(0, 60, 5))), None])
    for when, spec in SPECIAL_TICKETS:
        slots.append([when, spec])
    slots.sort(key=lambda s: s[0])

    out = []
    seq = {}
    for when, spec in slots:
        seq[when.month] = seq.get(when.month, 0) + 1
        t = dict(no=f"WX26{when.month:02d}{seq[when.month]:03d}", t=when)
        if spec:
            h = HOSP[spec["hosp"]]
            cat = spec["cat"]
            dept = spec["dept"]
            model = MODELS[cat][spec["model"]]
            fault = FAULTS[cat][spec["fault"]]
            warranty = spec["warranty"]
            channel = spec["channel"]
        else:
            h = _hospital(rng)
            cat = _pick(rng, CAT_WEIGHTS)
            if cat == "内镜" and h[2] == "二级" and rng.random() < 0.4:
                cat = "监护仪"
            dept = rng.choice(DEPTS[cat])
            model = rng.choice(MODELS[cat])
            fault = rng.choice(FAULTS[cat])
            warranty = _pick(rng, [("保修期内", .34), ("维保合同", .42), ("保外", .24)])
            channel = _pick(rng, [("400热线", .55), ("公众号报修", .18), ("工程师手机", .17),
                                  ("设备科邮件", .05), ("驻场工程师", .05)])
            if channel == "驻场工程师" and h[0] not in ("南京仁和医院", "苏州市第五人民医院"):
                channel = "400热线"
        name, city, level = h[0], h[1], h[2]
        prov, station, lim_g, lim_l = CITY[city]
        life = _is_life(cat, dept)
        part, source, price = fault[1], fault[2], fault[3]
        resp = rng.randint(3, 26)
        if rng_late.random() < 0.012:
            resp = rng_late.randint(35, 75)
        remote = source == "远程"
        lim = lim_l if life else lim_g
        if remote:
            onsite, lim_v, onsite_late = None, "", ""
        else:
            if spec:
                onsite = spec["onsite_h"]
            else:
                onsite = round(rng.uniform(0.2, 0.85) * lim, 1)
                p = {"南京总部": .01, "苏州站": .01, "徐州站": .015, "南通站": .02,
                     "合肥站": .04 if city == "合肥" else .12, "阜阳华康": .10}[station]
                if rng_late.random() < p:
                    onsite = round(lim + rng_late.uniform(0.3, 0.6) * lim, 1)
            lim_v = lim
            onsite_late = "是" if onsite > lim else "否"
        rlim = REPAIR_LIMIT[source]
        if spec:
            days = spec["days"]
        else:
            lo_hi = {"无需配件": (0, 1), "本地库存": (0, 2), "总部调拨": (1, 3), "厂家订货": (5, 13),
                     "返厂": (12, 27), "远程": (0, 0)}[source]
            days = rng.randint(*lo_hi)
            p = {"厂家订货": .15, "返厂": .20}.get(source, .015) + (.03 if prov == "安徽" else 0)
            if rng_late.random() < p:
                days = rlim + rng_late.randint(1, max(2, rlim // 2))
        dispatch = ""
        if source == "总部调拨":
            dispatch = rng.randint(2, 20)
            if rng_late.random() < 0.015:
                dispatch = rng_late.randint(26, 40)
            if spec and "dispatch" in spec:
                dispatch = spec["dispatch"]
        if days is None or when.date() + dt.timedelta(days=days) > AS_OF:
            close, status = None, "维修中"
        else:
            close, status = when.date() + dt.timedelta(days=days), "已修复"
        long_fix = source in ("厂家订货", "返厂")
        if not long_fix:
            spare = "—"
        elif prov == "安徽":
            spare = "未提供（安徽区域无周转机）"
        elif cat == "超声":
            spare = "已提供（便携机）" if rng.random() < .5 else "未提供（科室有其他机器）"
        else:
            spare = "已提供" if rng.random() < .88 else "未提供（周转机已全部借出）"
        if spec:
            spare = spec.get("spare", spare)
        fee = 0
        if warranty == "保外" and not remote:
            travel = 0 if city in ("南京", "苏州", "徐州", "南通", "合肥") else (200 if prov == "江苏" else 300)
            fee = LABOR[cat] + travel + price
        if spec and spec["fix"]:
            fix = spec["fix"]
        elif part is None:
            fix = NO_PART_FIX[fault[0]]
        elif source == "返厂":
            fix = f"{part}返厂维修后装回，性能及电气安全检测合格"
        else:
            fix = f"更换{part}，性能及电气安全检测合格"
        if status == "维修中":
            fix = {"厂家订货": f"已向厂家订购{part}，等待到货", "返厂": f"{part}已返厂维修"}.get(
                source, "处理中")
        if spec:
            visit = spec["visit"]
        elif status == "已修复" and close <= AS_OF - dt.timedelta(days=2):
            visit = _pick(rng, [("满意", .83), ("基本满意", .11), ("不满意", .03), ("未接通", .03)])
        else:
            visit = "待回访" if status == "已修复" else ""
        t.update(channel=channel, hosp=name, city=city, prov=prov, level=level, station=station,
                 dept=dept, cat=cat, model=model[0], sn=_serial(rng, cat, model[1]), life=life,
                 fault=fault[0], warranty=warranty, resp=resp, remote=remote, lim=lim_v,
                 onsite=onsite, onsite_late=onsite_late, part=part or "—", source=source,
                 dispatch=dispatch, fix=fix, rlim=rlim, days=days if status == "已修复" else None,
                 close=close, late=("是" if days > rlim else "否") if status == "已修复" else "",
                 status=status, spare=spare, fee=fee,
                 quote="医院签字确认" if fee else "—",
                 eng=(LEADS[cat] if remote else _engineer(rng, station, cat, city)),
                 visit=visit)
        out.append(t)
    return out


def ticket_stats(rows, upto=None):
    if upto:
        rows = [r for r in rows if r["t"].date() <= upto]
    onsite = [r for r in rows if not r["remote"]]
    closed = [r for r in rows if r["status"] == "已修复"]

    def rate(items, ok):
        return sum(1 for r in items if ok(r)) / len(items) if items else 0.0

    s = dict(total=len(rows), js=sum(1 for r in rows if r["prov"] == "江苏"),
             ah=sum(1 for r in rows if r["prov"] == "安徽"),
             remote=sum(1 for r in rows if r["remote"]), closed=len(closed),
             open=len(rows) - len(closed))
    s["resp"] = rate(rows, lambda r: r["resp"] <= 30)
    s["onsite"] = rate(onsite, lambda r: r["onsite_late"] == "否")
    s["onsite_js"] = rate([r for r in onsite if r["prov"] == "江苏"], lambda r: r["onsite_late"] == "否")
    s["onsite_ah"] = rate([r for r in onsite if r["prov"] == "安徽"], lambda r: r["onsite_late"] == "否")
    s["onsite_late"] = sum(1 for r in onsite if r["onsite_late"] == "是")
    s["repair"] = rate(closed, lambda r: r["late"] == "否")
    s["repair_js"] = rate([r for r in closed if r["prov"] == "江苏"], lambda r: r["late"] == "否")
    s["repair_ah"] = rate([r for r in closed if r["prov"] == "安徽"], lambda r: r["late"] == "否")
    s["repair_late"] = sum(1 for r in closed if r["late"] == "是")
    maker = [r for r in closed if r["source"] in ("厂家订货", "返厂")]
    s["maker_n"] = len(maker)
    s["maker_late"] = sum(1 for r in maker if r["late"] == "是")
    s["maker_days"] = sum(r["days"] for r in maker) / len(maker) if maker else 0
    endo = [r for r in maker if r["cat"] == "内镜"]
    s["endo_days"] = sum(r["days"] for r in endo) / len(endo) if endo else 0
    disp = [r for r in rows if r["dispatch"] != ""]
    s["dispatch"] = rate(disp, lambda r: r["dispatch"] <= 24)
    s["dispatch_n"] = len(disp)
    s["spare_given"] = sum(1 for r in rows if r["spare"].startswith("已提供"))
    s["spare_ah_none"] = sum(1 for r in rows if "安徽区域" in r["spare"])
    s["spare_js_none"] = sum(1 for r in rows if r["spare"].startswith("未提供（周转机"))
    paid = [r for r in rows if r["fee"]]
    s["paid_n"] = len(paid)
    s["paid_sum"] = sum(r["fee"] for r in paid)
    v = [r for r in rows if r["visit"] in ("满意", "基本满意", "不满意")]
    s["visit_n"] = len(v)
    s["visit"] = rate(v, lambda r: r["visit"] != "不满意")
    s["visit_unreached"] = sum(1 for r in rows if r["visit"] == "未接通")
    cats = {}
    for r in rows:
        cats[r["cat"]] = cats.get(r["cat"], 0) + 1
    s["cats"] = [(c, cats.get(c, 0)) for c, _ in CAT_WEIGHTS]
    s["life"] = sum(1 for r in rows if r["life"])
    return s


# --------------------------------------------------------------------------- #
# PM plan and execution
# --------------------------------------------------------------------------- #

PM_CYCLE = {"超声": "12个月", "监护仪": "6个月", "呼吸机": "6个月", "内镜": "6个月", "输注泵": "12个月"}
PM_UNITS = {"超声": (1, 3), "监护仪": (4, 24), "呼吸机": (1, 8), "内镜": (2, 8), "输注泵": (6, 40)}
PM_MONTH = {1: 24, 2: 20, 3: 30, 4: 28, 5: 27, 6: 28, 7: 27, 8: 26, 9: 30, 10: 28, 11: 26}
ANALYSERS = {  # station -> (电气安全, 输液设备, 气流, 血压模拟)
    "南京总部": ("KY-JC-01", "KY-JC-06", "KY-JC-09", "KY-JC-12"),
    "苏州站": ("KY-JC-02", "KY-JC-07", "KY-JC-10", "KY-JC-13"),
    "徐州站": ("KY-JC-03", "KY-JC-06", "KY-JC-09", "KY-JC-14"),
    "南通站": ("KY-JC-04", "KY-JC-06", "KY-JC-09", "KY-JC-12"),
    "合肥站": ("KY-JC-05", "KY-JC-08", "KY-JC-11", "KY-JC-15"),
}
IDA_GAP = (dt.date(2026, 8, 15), dt.date(2026, 10, 9))  # KY-JC-08 out of calibration


def pm_rows():
    rng = random.Random(20260219)
    rng_late = random.Random(733)
    out = []
    for month, count in PM_MONTH.items():
        plans = []
        for _ in range(count):
            h = _hospital(rng)
            cat = _pick(rng, [("监护仪", .30), ("输注泵", .25), ("呼吸机", .20), ("超声", .15), ("内镜", .10)])
            plans.append((dt.date(2026, month, rng.randint(3, 28)), h, cat))
        if month == 9:  # the quality-control month at 合肥市第四人民医院: infusion pumps
            plans.append((dt.date(2026, 9, 8), HOSP["合肥市第四人民医院"], "输注泵"))
        plans.sort(key=lambda p: (p[0], p[1][0]))
        for i, (plan, h, cat) in enumerate(plans, 1):
            name, city, _level, _w = h
            prov, station, _g, _l = CITY[city]
            if station == "阜阳华康":
                station = "合肥站"  # PM in 阜阳/亳州 is done by 合肥站 engineers
            units = rng.randint(*PM_UNITS[cat])
            basis = _pick(rng, [("维保合同", .62), ("保修期内", .38)])
            p = .03 if prov == "江苏" else (.07 if city == "合肥" else .24)
            delay = rng.randint(-6, 12)
            if rng_late.random() < p:
                delay = rng_late.randint(17, 48)
            done = plan + dt.timedelta(days=delay)
            if plan > AS_OF:
                done, status = None, "待执行"
            elif done > AS_OF:
                done, status = None, ("未完成" if plan.month <= 10 else "进行中")
            else:
                status = "按期完成" if delay <= 15 else "延期完成"
            eng = _engineer(rng, station, cat, city)
            es, ida, flow, nibp = ANALYSERS[station]
            tools = {"输注泵": [es, ida], "呼吸机": [es, flow], "监护仪": [es, nibp],
                     "超声": [es] + (["KY-JC-19"] if plan >= dt.date(2026, 4, 20) else []),
                     "内镜": [es, "KY-JC-20"]}[cat]
            safety, perf = "合格", "合格"
            if done:
                r = rng.random()
                if r < .025:
                    safety = "1台漏电流超标，更换电源板后复测合格"
                elif r < .035:
                    safety = "1台保护接地电阻超标，已贴停用标识并书面通知设备科"
                r = rng.random()
                if r < .04:
                    perf = {"输注泵": "1台流速误差超限，校准后合格", "呼吸机": "1台潮气量偏差超限，更换流量传感器后合格",
                            "监护仪": "1台无创血压静态压力超差，校准后合格", "超声": "1支探头阵元异常，已报价",
                            "内镜": "1条镜子测漏不通过，已转维修"}[cat]
            else:
                safety, perf = "", ""
            out.append(dict(no=f"PM26{month:02d}{i:03d}", hosp=name, city=city, prov=prov, station=station,
                            cat=cat, model=rng.choice(MODELS[cat])[0], units=units, basis=basis,
                            cycle=PM_CYCLE[cat], plan=plan, done=done, status=status, safety=safety,
                            perf=perf, tools="、".join(tools), eng=eng,
                            sign="设备科签字" if done else ""))
    return out


def pm_stats(rows, upto=dt.date(2026, 10, 31)):
    due = [r for r in rows if r["plan"] <= upto]

    def rate(items):
        return sum(1 for r in items if r["status"] == "按期完成") / len(items)

    js = [r for r in due if r["prov"] == "江苏"]
    ah = [r for r in due if r["prov"] == "安徽"]
    s = dict(due=len(due), units=sum(r["units"] for r in due), rate=rate(due), rate_js=rate(js),
             rate_ah=rate(ah), n_js=len(js), n_ah=len(ah),
             late=sum(1 for r in due if r["status"] == "延期完成"),
             undone=sum(1 for r in due if r["status"] == "未完成"),
             safety_bad=sum(1 for r in due if r["safety"] not in ("合格", "")),
             perf_bad=sum(1 for r in due if r["perf"] not in ("合格", "")),
             done_units=sum(r["units"] for r in rows if r["done"]))
    gap = [r for r in rows if r["done"] and "KY-JC-08" in r["tools"] and IDA_GAP[0] <= r["done"] <= IDA_GAP[1]]
    s["gap_tasks"] = len(gap)
    s["gap_units"] = sum(r["units"] for r in gap)
    return s


# --------------------------------------------------------------------------- #
# service contracts, loan-unit pool, test instruments, free safety checks
# --------------------------------------------------------------------------- #

CUSTOM_TERMS = {
    "南京仁和医院": "ICU驻场工程师每周二、周五各半天；呼吸机每季度PM一次；夜间急修2小时到场",
    "苏州市第五人民医院": "超声科驻场工程师每周一次；探头每半年阵元检测一次",
    "徐州市第四人民医院": "内镜每月测漏巡检一次；配件价格按厂家目录九五折",
    "合肥市第四人民医院": "PM集中在医院质控月（3月、9月）开展；输液泵年度检测出具计量校准报告",
    "南通市第三人民医院": "手术室监护仪PM安排在周末，不占手术日",
    "昆山市第三人民医院": "每季度提交设备运行分析报告",
}


def contract_rows():
    rng = random.Random(3307)
    custom_terms = dict(CUSTOM_TERMS)
    out = []
    i = 0
    for h in HOSPITALS:
        name, city, level, w = h
        prov = CITY[city][0]
        n = 2 if level == "三级" else (1 if w >= 2 or rng.random() < .5 else 0)
        for _ in range(n):
            i += 1
            kind = _pick(rng, [("全保（含配件）", .30), ("技术保（人工+PM，配件另计）", .45),
                               ("PM保（预防性维护及质控检测）", .25)])
            cats = rng.sample(["监护仪", "输注泵", "呼吸机", "超声", "内镜"], rng.randint(1, 3))
            units = sum(rng.randint(*PM_UNITS[c]) for c in cats)
            start = dt.date(2026 if rng.random() < .55 else 2025, rng.randint(1, 12), 1)
            end = dt.date(start.year + (2 if kind.startswith("全保") and rng.random() < .4 else 1),
                          start.month, 1) - dt.timedelta(days=1)
            price = 0.62 if kind.startswith("全保") else (0.28 if kind.startswith("技术保") else 0.12)
            amount = round(units * price * rng.uniform(0.8, 1.2) * {"超声": 3.0, "内镜": 2.6}.get(cats[0], 1.0), 1)
            pm_times = 2 if any(c in ("监护仪", "呼吸机", "内镜") for c in cats) else 1
            custom = custom_terms.pop(name, "标准条款")
            loan = "按公司周转机规定提供" if prov == "江苏" else "无（合同未约定）"
            if kind.startswith("PM保"):
                loan = "不含"
            out.append([f"KY-WB-{start.year}-{i:03d}", name, prov, kind, "、".join(cats), units,
                        start, end, amount, f"{pm_times}次/年", custom, loan,
                        start - dt.timedelta(days=rng.randint(5, 25))])
    out.sort(key=lambda r: (r[12], r[0]))
    return out


LOAN_POOL = [
    # station, category, model, units
    ("南京总部", "呼吸机", "AH-V600 呼吸机", 3), ("南京总部", "呼吸机", "AH-V300 无创/转运呼吸机", 1),
    ("南京总部", "监护仪", "HT-M12 多参数监护仪", 10), ("南京总部", "输注泵", "TS-80 输液泵/TS-50 注射泵", 24),
    ("南京总部", "超声", "RS-P3 便携式彩超", 1), ("南京总部", "内镜", "MJ-290 电子胃镜/结肠镜", 2),
    ("苏州站", "呼吸机", "AH-V600 呼吸机", 1), ("苏州站", "监护仪", "HT-M12 多参数监护仪", 4),
    ("苏州站", "输注泵", "TS-80 输液泵/TS-50 注射泵", 8), ("苏州站", "超声", "RS-P3 便携式彩超", 1),
    ("徐州站", "呼吸机", "AH-V600 呼吸机", 1), ("徐州站", "监护仪", "HT-M12 多参数监护仪", 3),
    ("徐州站", "输注泵", "TS-80 输液泵/TS-50 注射泵", 4),
    ("南通站", "监护仪", "HT-M12 多参数监护仪", 3), ("南通站", "输注泵", "TS-80 输液泵/TS-50 注射泵", 4),
]

INSTRUMENTS = [
    # no, name, station, calibrated by, last, valid until, note
    ("KY-JC-01", "电气安全分析仪", "南京总部", "江苏省计量科学研究院", dt.date(2026, 3, 12), ""),
    ("KY-JC-02", "电气安全分析仪", "苏州站", "苏州市计量测试院", dt.date(2026, 4, 8), ""),
    ("KY-JC-03", "电气安全分析仪", "徐州站", "江苏省计量科学研究院", dt.date(2026, 2, 26), ""),
    ("KY-JC-04", "电气安全分析仪", "南通站", "江苏省计量科学研究院", dt.date(2026, 5, 19), ""),
    ("KY-JC-05", "电气安全分析仪", "合肥站", "安徽省计量科学研究院", dt.date(2026, 6, 2), ""),
    ("KY-JC-06", "输液设备分析仪", "南京总部", "江苏省计量科学研究院", dt.date(2026, 3, 12), "徐州站、南通站借用"),
    ("KY-JC-07", "输液设备分析仪", "苏州站", "苏州市计量测试院", dt.date(2026, 4, 8), ""),
    ("KY-JC-08", "输液设备分析仪", "合肥站", "安徽省计量科学研究院", dt.date(2026, 10, 10),
     "原证书2026-08-14到期，至10-09超期使用，内审NC-2026-07后补校"),
    ("KY-JC-09", "气流分析仪", "南京总部", "江苏省计量科学研究院", dt.date(2026, 1, 20), "徐州站、南通站借用"),
    ("KY-JC-10", "气流分析仪", "苏州站", "苏州市计量测试院", dt.date(2026, 4, 8), ""),
    ("KY-JC-11", "气流分析仪", "合肥站", "安徽省计量科学研究院", dt.date(2026, 6, 2), ""),
    ("KY-JC-12", "无创血压模拟器", "南京总部", "江苏省计量科学研究院", dt.date(2026, 1, 20), "南通站借用"),
    ("KY-JC-13", "无创血压模拟器", "苏州站", "苏州市计量测试院", dt.date(2026, 4, 8), ""),
    ("KY-JC-14", "无创血压模拟器", "徐州站", "江苏省计量科学研究院", dt.date(2026, 2, 26), ""),
    ("KY-JC-15", "无创血压模拟器", "合肥站", "安徽省计量科学研究院", dt.date(2026, 6, 2), ""),
    ("KY-JC-16", "血氧饱和度模拟器", "南京总部", "江苏省计量科学研究院", dt.date(2026, 1, 20), ""),
    ("KY-JC-17", "血氧饱和度模拟器", "合肥站", "安徽省计量科学研究院", dt.date(2026, 6, 2), ""),
    ("KY-JC-18", "多参数患者模拟器", "南京总部", "江苏省计量科学研究院", dt.date(2026, 1, 20), ""),
    ("KY-JC-19", "超声探头阵元检测仪", "南京总部", "厂家出厂校准（首次）", dt.date(2026, 4, 16), "2026年4月购置"),
    ("KY-JC-20", "内镜测漏仪", "南京总部", "江苏省计量科学研究院", dt.date(2026, 3, 12), ""),
]

FREE_CHECK = [  # 2026年9月“设备安全月”: hospital, date, units checked, findings
    ("南京江北新区第二人民医院", 9, 2, 46, "2台监护仪电池老化"), ("南京市栖霞区医院", 9, 3, 38, "未发现隐患"),
    ("溧水区中医院", 9, 4, 27, "1台输液泵漏电流超标，已停用"), ("高淳区人民医院", 9, 7, 41, "3台注射泵按键老化"),
    ("丹阳市第三人民医院", 9, 8, 33, "未发现隐患"), ("仪征市中医院", 9, 9, 29, "1台呼吸机氧电池到期"),
    ("常州市武进区第二人民医院", 9, 10, 52, "4台监护仪血压袖带漏气"), ("泰兴市第二人民医院", 9, 11, 36, "未发现隐患"),
    ("淮安市淮阴区人民医院", 9, 14, 44, "2台输液泵流速偏差超限"), ("常熟市中西医结合医院", 9, 15, 31, "未发现隐患"),
    ("吴江区第二人民医院", 9, 16, 40, "1台监护仪接地电阻超标，已停用"), ("无锡市惠山区人民医院", 9, 17, 35, "未发现隐患"),
    ("邳州市中医院", 9, 18, 28, "2台监护仪血氧探头破损"), ("新沂市第二人民医院", 9, 21, 22, "未发现隐患"),
    ("连云港市赣榆区中医院", 9, 22, 30, "1台呼吸机管路老化"), ("宿迁市钟吾医院", 9, 23, 34, "未发现隐患"),
    ("海门区中医院", 9, 24, 26, "2台输液泵电池续航不足"), ("如皋市第二人民医院", 9, 25, 24, "未发现隐患"),
    ("盐城市大丰区人民医院", 9, 28, 37, "1台超声探头外壳裂纹"), ("肥西县中医院", 9, 29, 21, "未发现隐患"),
]


# --------------------------------------------------------------------------- #
# installations, clinical training, staff training, certifications
# --------------------------------------------------------------------------- #

INSTALL_LATE = {  # index -> (days late, reason)
    7: (12, "上海明镜电子结肠镜缺货，厂家延期发货"),
    19: (9, "北京安呼AH-V600排产延误，已书面告知医院"),
    20: (9, "北京安呼AH-V600排产延误，已书面告知医院"),
    33: (16, "上海明镜电子胃镜缺货，厂家延期发货"),
    48: (3, "物流车辆故障，改由公司车辆送达"),
}
INSTALL_SLOW = {  # index -> (working days to install, reason on the hospital side)
    12: (6, "医院新建内镜中心未完成装修，医院书面确认延后安装"),
    41: (5, "ICU设备带气源未接通，医院后勤整改后安装"),
}


def workdays(a: dt.date, b: dt.date) -> int:
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if x.weekday() < 5:
            n += 1
    return n


def add_workdays(a: dt.date, k: int) -> dt.date:
    x = a
    while k > 0:
        x += dt.timedelta(days=1)
        if x.weekday() < 5:
            k -= 1
    return x


def install_rows():
    rng = random.Random(6402)
    out = []
    dates = sorted(dt.date(2026, m, rng.randint(2, 26)) for m in range(1, 12) for _ in range(6))[:64]
    for i, due in enumerate(dates):
        h = _hospital(rng)
        cat = _pick(rng, [("监护仪", .30), ("输注泵", .25), ("呼吸机", .18), ("超声", .15), ("内镜", .12)])
        if i in (7, 12, 33):
            cat = "内镜"
        if i in (19, 20, 41):
            cat = "呼吸机"
        qty = {"监护仪": rng.randint(2, 16), "输注泵": rng.randint(5, 40), "呼吸机": rng.randint(1, 4),
               "超声": 1, "内镜": rng.randint(2, 5)}[cat]
        model = rng.choice(MODELS[cat])[0]
        if cat == "内镜":
            model = "MJ-290 电子内镜系统（主机+胃镜/结肠镜）"
        name, city = h[0], h[1]
        prov, station, _g, _l = CITY[city]
        if station == "阜阳华康":
            station = "合肥站"
        late, reason = INSTALL_LATE.get(i, (0, ""))
        arrive = due + dt.timedelta(days=late if late else -rng.randint(0, 4))
        if arrive.weekday() >= 5:
            arrive += dt.timedelta(days=7 - arrive.weekday())
        slow, sreason = INSTALL_SLOW.get(i, (0, ""))
        wd = slow or rng.choice([0, 1, 1, 1, 2, 2, 3])
        inst = add_workdays(arrive, wd) if wd else arrive
        acc = add_workdays(inst, rng.randint(0, 4))
        trained = rng.randint(6, 28) if cat != "超声" else rng.randint(3, 8)
        eng = _engineer(rng, station, cat, city)
        out.append(dict(no=f"XS-2026-{i + 17:03d}", hosp=name, prov=prov, cat=cat, model=model, qty=qty,
                        reg=REG_NO[cat], due=due, arrive=arrive, ontime="否" if late else "是",
                        inst=inst, wd=wd, acc=acc, result="验收合格", train_day=acc if rng.random() < .6 else
                        add_workdays(acc, 1), trained=trained, eng=eng,
                        note="；".join(x for x in (reason, sreason) if x)))
    return out


def install_stats(rows):
    return dict(n=len(rows), units=sum(r["qty"] for r in rows),
                ontime=sum(1 for r in rows if r["ontime"] == "是"),
                inst_ok=sum(1 for r in rows if r["wd"] <= 3),
                trained=sum(r["trained"] for r in rows))


REFRESHER = [  # date, hospital, dept, device, content, people
    (dt.date(2026, 1, 14), "南京仁和医院", "ICU", "呼吸机", "新入科护士呼吸机操作及报警处理", 14),
    (dt.date(2026, 2, 26), "苏州市第五人民医院", "急诊科", "监护仪", "监护仪报警设置与中央站使用", 18),
    (dt.date(2026, 3, 11), "徐州市第四人民医院", "消化内镜中心", "内镜", "内镜日常保养及送修前处理", 9),
    (dt.date(2026, 3, 25), "南通市第三人民医院", "手术室", "监护仪", "新手术室监护仪操作（投诉TS-2026-008补训）", 20),
    (dt.date(2026, 3, 26), "南通市第三人民医院", "手术室", "监护仪", "新手术室监护仪操作（投诉TS-2026-008补训）", 16),
    (dt.date(2026, 4, 15), "合肥市第四人民医院", "ICU", "输注泵", "输液泵常见报警处理及日常清洁", 22),
    (dt.date(2026, 4, 22), "昆山市第三人民医院", "儿科", "输注泵", "注射泵小剂量输注设置", 12),
    (dt.date(2026, 5, 13), "南京江北新区第二人民医院", "呼吸科", "呼吸机", "无创呼吸机面罩选择与漏气处理", 11),
    (dt.date(2026, 5, 27), "江宁区妇幼保健院", "产科", "输注泵", "注射泵KVO及快推设置（投诉补训）", 15),
    (dt.date(2026, 6, 10), "常州市武进区第二人民医院", "ICU", "监护仪", "监护仪参数测量误差的常见原因", 17),
    (dt.date(2026, 6, 17), "南京仁和医院", "超声科", "超声", "探头日常保养与消毒", 10),
    (dt.date(2026, 7, 8), "邳州市中医院", "ICU", "呼吸机", "呼吸机日常检查与管路更换", 13),
    (dt.date(2026, 7, 22), "芜湖市第五人民医院", "消化内镜中心", "内镜", "内镜测漏与清洗消毒中的保护", 8),
    (dt.date(2026, 8, 12), "苏州市第五人民医院", "ICU", "输注泵", "输液泵泵门检查（同批次卡扣问题提示）", 24),
    (dt.date(2026, 8, 19), "南京仁和医院", "ICU", "输注泵", "输液泵泵门检查（同批次卡扣问题提示）", 26),
    (dt.date(2026, 9, 9), "盐城市大丰区人民医院", "急诊科", "监护仪", "监护仪转运模式与电池管理", 12),
    (dt.date(2026, 9, 16), "合肥市第四人民医院", "ICU", "呼吸机", "呼吸机报警分级与处置", 19),
    (dt.date(2026, 10, 14), "溧水区中医院", "内镜室", "内镜", "内镜清洗保养（投诉TS-2026-033补训）", 7),
    (dt.date(2026, 10, 21), "宿迁市钟吾医院", "心内科", "监护仪", "监护仪心电导联放置与干扰排除", 14),
    (dt.date(2026, 11, 4), "徐州市第四人民医院", "ICU", "呼吸机", "新入科护士呼吸机操作及报警处理", 11),
    (dt.date(2026, 11, 11), "南京仁和医院", "急诊科", "监护仪", "监护仪报警设置与中央站使用", 16),
]

STAFF_TRAINING = [  # date, topic, trainer, audience, people, hours, check, score
    (dt.date(2026, 1, 9), "一月服务例会：2025年典型投诉复盘；“设备在线，临床安心”理念讲解", "陈晓峰", "技术服务中心全体（含各站视频）", 44, 2, "无", ""),
    (dt.date(2026, 1, 21), "GB 9706.1-2020 医用电气设备安全通用要求及电气安全检测实操", "沈涛", "全体工程师", 36, 4, "实操", 88.2),
    (dt.date(2026, 2, 13), "二月服务例会：春节值班急修案例复盘", "陈晓峰", "技术服务中心全体", 42, 1.5, "无", ""),
    (dt.date(2026, 3, 6), "三月服务例会：进院服务规范与感控要求（手卫生、ICU/手术室更衣、无菌区）", "王蕾、仁和医院感染管理科 许护士长", "技术服务中心全体", 45, 2, "笔试", 90.6),
    (dt.date(2026, 3, 19), "合作服务商培训：HT-M12/M8监护仪、AH-V300维修要点及工单系统使用", "沈涛、汪成", "阜阳华康 工程师2人", 2, 8, "实操", 81.0),
    (dt.date(2026, 3, 27), "新员工岗前培训（第1期）：公司制度、服务理念、进院规范、工单系统、电气安全", "王蕾、陈晓峰等", "新入职工程师3人、调度员1人", 4, 40, "笔试＋跟岗考核", 86.5),
    (dt.date(2026, 4, 10), "四月服务例会：阜阳呼吸机到场延误（TS-2026-006）复盘", "陈晓峰", "技术服务中心全体", 43, 1.5, "无", ""),
    (dt.date(2026, 4, 24), "《医疗器械监督管理条例》《医疗器械经营质量管理规范》要点", "质量管理部 钱慧", "全体工程师、调度员、配件库", 40, 2, "笔试", 87.4),
    (dt.date(2026, 5, 15), "五月服务例会：芜湖内镜返厂与周转镜问题讨论", "马骏", "技术服务中心全体", 41, 1.5, "无", ""),
    (dt.date(2026, 5, 22), "《医疗器械不良事件监测和再评价管理办法》及上报流程", "质量管理部 钱慧", "全体工程师、调度员", 39, 2, "笔试", 89.1),
    (dt.date(2026, 6, 12), "六月服务例会：满意度调查结果解读", "陈晓峰", "技术服务中心全体", 44, 1.5, "无", ""),
    (dt.date(2026, 6, 26), "服务礼仪与医患沟通（外聘讲师）", "外聘 南京医康培训中心 林老师", "全体工程师、调度员", 38, 6, "情景演练", 85.7),
    (dt.date(2026, 7, 10), "七月服务例会：输液泵泵门卡扣批量问题处理复盘", "胡亮", "技术服务中心全体", 45, 1.5, "无", ""),
    (dt.date(2026, 8, 7), "八月服务例会：夏季呼吸机高温报警及周转机调度", "朱建华", "技术服务中心全体", 42, 1.5, "无", ""),
    (dt.date(2026, 8, 21), "新员工岗前培训（第2期）", "王蕾、陈晓峰等", "新入职工程师2人", 2, 40, "笔试＋跟岗考核", 84.0),
    (dt.date(2026, 9, 11), "九月服务例会：内审发现通报（未做电气安全检测、报修分级错误）", "周婷", "技术服务中心全体", 46, 1.5, "无", ""),
    (dt.date(2026, 10, 16), "客服调度员报修分级培训：生命支持类设备识别及A级报修处置", "朱建华、刘佳", "客服调度组", 4, 3, "笔试", 92.5),
    (dt.date(2026, 10, 23), "十月服务例会：超声探头检测服务半年小结", "黄志斌", "技术服务中心全体", 44, 1.5, "无", ""),
    (dt.date(2026, 11, 13), "十一月服务例会：2027年PM计划编制要求", "陈晓峰", "技术服务中心全体", 45, 1.5, "无", ""),
]

MAKER_TRAINING = [  # date, maker, course, people, result
    (dt.date(2026, 3, 2), "深圳瑞声医疗电子有限公司", "RS-8 彩超高级维修认证（深圳）", 2, "2人通过"),
    (dt.date(2026, 4, 13), "上海明镜内镜系统有限公司", "MJ-290 内镜维修中级认证（上海）", 1, "1人通过"),
    (dt.date(2026, 5, 18), "北京安呼医疗科技有限公司", "AH-V600 呼吸机维修认证（北京）", 3, "3人通过"),
    (dt.date(2026, 6, 8), "广州恒泰医疗仪器有限公司", "HT-M12 监护仪及中央站认证（线上+南京实操）", 6, "5人通过，1人补考中"),
    (dt.date(2026, 9, 14), "杭州泰输医疗器械有限公司", "TS系列输注泵维修认证及泵门卡扣改进说明（杭州）", 4, "4人通过"),
]

CERTS = [  # engineer, station, product line, level, obtained
    ("黄志斌", "南京总部", "超声", "高级", "2021-06"), ("王磊", "南京总部", "超声", "中级", "2023-09"),
    ("周杰", "南京总部", "超声", "高级", "2026-03"), ("顾文杰", "苏州站", "超声", "高级", "2026-03"),
    ("孟凡", "徐州站", "超声", "中级", "2024-05"), ("汪成", "合肥站", "超声", "中级", "2025-07"),
    ("沈涛", "南京总部", "监护仪", "高级", "2019-11"), ("李强", "南京总部", "监护仪", "中级", "2022-04"),
    ("吴昊", "南京总部", "监护仪", "中级", "2026-06"), ("孙鹏", "南京总部", "监护仪", "中级", "2026-06"),
    ("沈浩", "苏州站", "监护仪", "中级", "2024-05"), ("曹阳", "徐州站", "监护仪", "中级", "2026-06"),
    ("缪晨", "南通站", "监护仪", "中级", "2026-06"), ("方舟", "合肥站", "监护仪", "中级", "2026-06"),
    ("程亮", "合肥站", "监护仪", "初级", "2025-03"),
    ("朱建华", "南京总部", "呼吸机", "高级", "2018-08"), ("刘洋", "南京总部", "呼吸机", "中级", "2026-05"),
    ("郑凯", "南京总部", "呼吸机", "中级", "2023-05"), ("范磊", "苏州站", "呼吸机", "中级", "2026-05"),
    ("魏东", "徐州站", "呼吸机", "中级", "2024-05"), ("季海", "南通站", "呼吸机", "中级", "2022-10"),
    ("葛鹏", "合肥站", "呼吸机", "中级", "2026-05"),
    ("马骏", "南京总部", "内镜", "高级", "2017-09"), ("张宇", "南京总部", "内镜", "中级", "2026-04"),
    ("蒋明", "苏州站", "内镜", "中级", "2021-12"),
    ("胡亮", "南京总部", "输注泵", "高级", "2020-05"), ("徐超", "南京总部", "输注泵", "中级", "2026-09"),
    ("钱坤", "南京总部", "输注泵", "中级", "2023-09"), ("陶然", "苏州站", "输注泵", "中级", "2026-09"),
    ("秦川", "徐州站", "输注泵", "中级", "2026-09"), ("施杰", "南通站", "输注泵", "初级", "2024-11"),
    ("储强", "合肥站", "输注泵", "中级", "2026-09"), ("冯博", "南京总部", "输注泵", "初级", "2025-06"),
    ("陆远", "南京总部", "监护仪", "初级", "2025-06"), ("韩冰", "南京总部", "输注泵", "初级", "2025-12"),
    ("许峰", "苏州站", "监护仪", "初级", "2025-12"),
]


# --------------------------------------------------------------------------- #
# complaints, follow-up, supervision
# --------------------------------------------------------------------------- #

# date, hospital, channel, complainant, type, device, content, level, handling, days, result, visit
COMPLAINTS = [
    ((1, 8), "昆山市第三人民医院", "400热线投诉", "设备科 陈科长", "PM未按期", "监护仪",
     "合同约定12月做的监护仪半年PM到1月初还没安排，也没有提前联系", "一般",
     "苏州站当周补做PM并由站长上门说明；PM计划改为提前7天电话预约", 5, "已解决", "满意"),
    ((1, 19), "南京江北新区第二人民医院", "400热线投诉", "ICU 护士长", "服务态度", "呼吸机",
     "夜间报修时值班工程师电话里语气不耐烦", "一般",
     "调取录音核实，值班工程师书面检讨、扣当月绩效；中心经理电话致歉", 3, "已解决", "满意"),
    ((1, 27), "淮安市淮阴区人民医院", "销售转交", "设备科 赵工", "到场不及时", "超声",
     "超声报修后第二天下午工程师才到", "一般",
     "核实为报修后22小时到场，未超过24小时时限；向设备科说明时效标准，对沟通不到位致歉", 4, "已解决", "基本满意"),
    ((2, 10), "合肥市第四人民医院", "设备科来函", "设备科 刘科长", "配件等待", "内镜",
     "电子胃镜送修三周没有进展，影响内镜中心排班", "重要",
     "协调上海明镜加急维修；经分管副总特批，从南京调一条周转镜到合肥临时使用", 12, "已解决", "基本满意"),
    ((2, 24), "苏州市第五人民医院", "驻场工程师转交", "超声科 主任", "重复故障", "超声",
     "同一台RS-8一个月内两次死机", "一般",
     "厂家远程分析日志，升级软件并更换硬盘，跟踪一个月未复发", 6, "已解决", "满意"),
    ((3, 10), "阜阳市第五人民医院", "400热线投诉", "ICU 主任", "到场不及时", "呼吸机",
     "呼吸机报警，报修后第二天下午才有人到，ICU只能临时借用其他床位的呼吸机", "重要",
     "核实合作服务商到场用时31.5小时，超过12小时承诺；中心经理赴阜阳致歉；在华康备一套流量传感器和氧电池", 6,
     "已解决", "基本满意"),
    ((3, 16), "常州市武进区第二人民医院", "公众号留言", "设备科 王工", "收费异议", "监护仪",
     "保外维修收了200元上门费，事先没有告知", "一般",
     "查报价单未列上门费，属实；退还上门费，报价单模板增加上门费栏目", 5, "已解决", "满意"),
    ((3, 23), "南通市第三人民医院", "400热线投诉", "手术室 护士长", "培训不足", "监护仪",
     "手术室搬迁后新装的监护仪没有给护士做操作培训", "一般",
     "南通站3天内补做2场培训，36人考核合格", 4, "已解决", "满意"),
    ((3, 30), "宿迁市钟吾医院", "400热线投诉", "设备科 孙工", "修复时间长", "输注泵",
     "4台输液泵送修两周还没还", "一般",
     "查为按键面膜调拨遗漏，次日补发并修复交付；配件调拨单增加到货确认", 6, "已解决", "基本满意"),
    ((3, 31), "邳州市中医院", "设备科来函", "设备科 周科长", "资料报告", "呼吸机",
     "呼吸机PM报告三周后才给，医院迎检时缺资料", "一般",
     "徐州站补交报告；重申PM报告5个工作日内交设备科", 3, "已解决", "满意"),
    ((4, 14), "仪征市中医院", "400热线投诉", "急诊科 护士长", "周转机", "监护仪",
     "维修期间借用的周转监护仪电池不耐用，转运途中自动关机", "一般",
     "更换周转机电池；周转机出库检查增加电池续航测试", 2, "已解决", "满意"),
    ((4, 21), "肥西县中医院", "400热线投诉", "设备科 吴工", "服务规范", "超声",
     "工程师修完后没有清理现场，包装垃圾留在诊室", "一般",
     "合肥站通报批评，当事工程师重新学习进院规范", 3, "已解决", "满意"),
    ((4, 28), "盐城市大丰区人民医院", "销售转交", "设备科 许工", "PM未按期", "输注泵",
     "输液泵年度检测逾期一个月", "一般",
     "南通站一周内完成检测；PM计划表增加到期前15天预警", 7, "已解决", "基本满意"),
    ((5, 6), "徐州市第四人民医院", "设备科来函", "设备科 张科长", "资料报告", "监护仪",
     "监护仪质控检测报告上没有检测设备的校准证书编号", "一般",
     "补发报告；检测报告模板增加检测设备编号及校准有效期", 4, "已解决", "满意"),
    ((5, 20), "芜湖市第五人民医院", "设备科来函", "内镜中心 主任", "修复时间长", "内镜",
     "结肠镜返厂快一个月，期间没有周转镜，每天少做十几例肠镜", "重要",
     "每周向医院书面通报返厂进度并催促厂家；安徽区域无周转镜，未能提供替代", 40, "已解决", "基本满意"),
    ((5, 26), "江宁区妇幼保健院", "公众号留言", "产科 护士长", "培训不足", "输注泵",
     "新注射泵的KVO设置护士不会用", "一般",
     "工程师到科室补训15人并留操作卡", 2, "已解决", "满意"),
    ((5, 29), "无锡市惠山区人民医院", "400热线投诉", "设备科 钱工", "配件等待", "呼吸机",
     "呼吸机涡轮等厂家配件已经两个多星期", "一般",
     "周转呼吸机已在用；催厂家发货，到货当日修复", 7, "已解决", "基本满意"),
    ((6, 9), "高淳区人民医院", "400热线投诉", "设备科 邢科长", "收费异议", "监护仪",
     "监护仪主板维修报价5,900元，医院认为还在保修期内", "一般",
     "核对装机验收单，保修期已满2个月；按保外收费并给予九折，医院同意", 6, "已解决", "基本满意"),
    ((6, 15), "蚌埠市第二人民医院", "400热线投诉", "设备科 李工", "到场不及时", "监护仪",
     "公众号上说24小时到场，实际报修两天后才来人", "一般",
     "核实到场用时41小时，符合安徽其他地区48小时的时限；公众号表述有误，向医院致歉并反馈市场部", 5,
     "已解决", "基本满意"),
    ((6, 24), "长丰县人民医院", "400热线投诉", "设备科 黄工", "到场不及时", "输注泵",
     "报修后工程师两次改期", "一般",
     "合肥站人手紧张，调整排班，当日派人处理并致歉", 5, "已解决", "基本满意"),
    ((7, 3), "南京市栖霞区医院", "400热线投诉", "ICU 护士长", "服务规范", "呼吸机",
     "工程师进ICU没有按要求更衣、穿鞋套", "一般",
     "当事工程师停岗一天重新培训感控要求，中心内部通报", 3, "已解决", "满意"),
    ((7, 15), "南京仁和医院", "院领导来电", "护理部 主任", "重复故障", "输注泵",
     "ICU多台输液泵泵门关不严，担心输液安全", "重要",
     "当天更换卡扣并排查同批次23台；填写质量信息反馈单报杭州泰输，厂家8月发布现场纠正通知", 9, "已解决", "满意"),
    ((7, 21), "海门区中医院", "400热线投诉", "超声科 主任", "修复时间长", "超声",
     "探头送修两周没有消息", "一般",
     "厂家探头到货后当日更换，向科室说明配件周期；便携机已借用", 6, "已解决", "满意"),
    ((7, 28), "连云港市赣榆区中医院", "400热线投诉", "设备科 潘工", "配件等待", "监护仪",
     "监护仪显示屏等配件一周", "一般",
     "总部调拨次日到货修复；徐州站增加显示屏安全库存2块", 5, "已解决", "满意"),
    ((7, 30), "当涂县人民医院", "400热线投诉", "设备科 吕工", "PM未按期", "监护仪",
     "监护仪半年PM逾期三周", "一般",
     "合肥站补做PM，说明人手原因并致歉", 6, "已解决", "基本满意"),
    ((8, 12), "徐州市第四人民医院", "设备科来函", "设备科 张科长", "收费异议", "超声",
     "探头更换收费17,600元，认为高于市场价，要求降价", "一般",
     "出示厂家配件价目表及已签字报价单，提出给予九折；医院要求按第三方维修价格结算，未达成一致", 7,
     "未解决", "不满意"),
    ((8, 19), "丹阳市第三人民医院", "公众号留言", "设备科 孔工", "资料报告", "输注泵",
     "检测报告上医院名称写错", "一般", "当日更正重发", 1, "已解决", "满意"),
    ((8, 26), "界首市人民医院", "400热线投诉", "设备科 牛工", "维修质量", "监护仪",
     "合作服务商工程师不熟悉新型号，来了两次才修好", "一般",
     "合肥站工程师远程支持修复；要求华康人员参加恒泰新机型培训", 6, "已解决", "基本满意"),
    ((9, 3), "常熟市中西医结合医院", "400热线投诉", "设备科 邹工", "周转机", "呼吸机",
     "苏州站周转呼吸机已借出，维修期间没有备用", "一般",
     "从南京调拨周转呼吸机，次日送达", 2, "已解决", "基本满意"),
    ((9, 11), "泰兴市第二人民医院", "400热线投诉", "心内科 护士长", "重复故障", "监护仪",
     "同一台监护仪血压模块三个月报修三次", "一般",
     "更换NIBP模块；厂家确认为气泵批次问题，已书面反馈", 5, "已解决", "满意"),
    ((9, 17), "合肥市第四人民医院", "设备科来函", "设备科 刘科长", "PM未按期", "呼吸机",
     "ICU呼吸机第三季度PM比合同约定推迟三周", "一般",
     "合肥站补做并提交报告；10月起合肥站PM排班由总部统筹", 5, "已解决", "基本满意"),
    ((9, 25), "宿州市埇桥区人民医院", "400热线投诉", "设备科 任工", "到场不及时", "超声",
     "超声报修后第三天才到", "一般",
     "核实到场用时46小时，在48小时时限内；医院认为时限过长，已记录，待皖北网点规划", 4, "已解决", "基本满意"),
    ((10, 9), "溧水区中医院", "400热线投诉", "内镜室 护士长", "培训不足", "内镜",
     "新来的护士没有接受过内镜清洗保养培训，镜子被咬伤", "一般",
     "补做清洗保养培训7人，制作保养卡；镜子按保外维修，费用减半", 5, "已解决", "满意"),
    ((10, 15), "淮安市淮阴区人民医院", "400热线投诉", "设备科 赵工", "收费异议", "监护仪",
     "监护仪过保才3个月，换主板收费6,100元，要求免费", "一般",
     "说明保修期按验收日起算；提出配件九折、免工时费，医院仍要求全免，未达成一致", 7, "未解决", "不满意"),
    ((10, 20), "昆山市第三人民医院", "400热线投诉", "呼吸科 护士长", "到场不及时", "呼吸机",
     "夜间呼吸机报警，工程师两个半小时才到", "一般",
     "核实超出2小时时限约半小时（暴雨路况）；致歉，夜间值班改为苏州站两人轮值", 3, "已解决", "满意"),
    ((10, 29), "南京仁和医院", "院领导来电", "医学装备部 主任", "服务规范", "超声",
     "驻场工程师两次未按约定时间到岗", "一般",
     "更换驻场工程师，约定到岗打卡并每周报设备科", 4, "已解决", "满意"),
    ((11, 3), "吴江区第二人民医院", "公众号留言", "设备科 范工", "资料报告", "输注泵",
     "输液泵检测报告缺少检测数据页", "一般", "补发完整报告", 2, "已解决", "待回访"),
    ((11, 5), "蚌埠市第二人民医院", "设备科来函", "ICU 主任", "配件等待", "监护仪",
     "ICU监护仪主板等厂家配件一个多星期，也没有备用机", "重要",
     "已催厂家，预计11月下旬到货；协调医院在科内调配监护仪", None, "处理中", ""),
    ((11, 10), "扬州市江都区妇幼保健院", "400热线投诉", "设备科 唐工", "PM未按期", "超声",
     "超声年度PM预约后工程师没来", "一般",
     "调度未通知工程师，次日补做；调度派单增加工程师确认", 1, "已解决", "待回访"),
    ((11, 12), "无锡市惠山区人民医院", "400热线投诉", "设备科 钱工", "收费异议", "输注泵",
     "输液泵电池更换收了工时费，合同写的是技术保", "一般",
     "查技术保合同含工时，属实，退还工时费200元并致歉", 3, "已解决", "待回访"),
    ((11, 16), "常熟市中西医结合医院", "400热线投诉", "ICU 护士长", "到场不及时", "呼吸机",
     "呼吸机报警后工程师到场超过2小时", "一般",
     "核实到场用时1.8小时，在时限内；调度未及时告知预计到场时间，已提醒", 2, "已解决", "待回访"),
]


def complaint_rows():
    out = []
    for i, c in enumerate(COMPLAINTS, 1):
        (m, dd), hosp, ch, who, kind, dev, text, level, handle, days, result, visit = c
        day = dt.date(2026, m, dd)
        limit = 15 if level == "重要" else 7
        close = day + dt.timedelta(days=days) if days is not None else None
        late = ("是" if days > limit else "否") if days is not None else ""
        out.append(dict(no=f"TS-2026-{i:03d}", day=day, hosp=hosp, prov=CITY[HOSP[hosp][1]][0], ch=ch,
                        who=who, kind=kind, dev=dev, text=text, level=level, handle=handle,
                        limit=limit, close=close, days=days, late=late, result=result, visit=visit))
    return out


def complaint_stats(rows):
    done = [r for r in rows if r["result"] in ("已解决", "未解决")]
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    return dict(n=len(rows), done=len(done), solved=sum(1 for r in done if r["result"] == "已解决"),
                unsolved=sum(1 for r in done if r["result"] == "未解决"),
                late=sum(1 for r in done if r["late"] == "是"),
                important=sum(1 for r in rows if r["level"] == "重要"),
                ah=sum(1 for r in rows if r["prov"] == "安徽"),
                solve_rate=sum(1 for r in done if r["result"] == "已解决") / len(done),
                timely=1 - sum(1 for r in done if r["late"] == "是") / len(done),
                kinds=sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))


COMPLAINT_HISTORY = [  # year, installed base, complaints, solve rate, timely rate
    ("2024年", 3860, 36, "94.4%", "94.4%"),
    ("2025年", 4420, 33, "97.0%", "97.0%"),
]

SPOT_CHECKS = [  # month, checked, non-conforming, main problems, rectification no.
    (1, 30, 3, "2单维修报告无医院签字；1单更换配件未登记序列号", "FW-ZG-2026-01"),
    (2, 30, 2, "2单回访超过48小时", "FW-ZG-2026-02"),
    (3, 30, 4, "阜阳呼吸机到场超时；2单报价单未列上门费；1单工单关闭无检测数据", "FW-ZG-2026-03"),
    (4, 30, 2, "1单PM报告超过5个工作日提交；1单周转机借用单缺归还签字", "FW-ZG-2026-04"),
    (5, 30, 3, "芜湖内镜返厂未按周通报进度；2单维修后电气安全检测数据缺失", "FW-ZG-2026-05"),
    (6, 30, 1, "1单报修分级错误（ICU监护仪按B级派单）", "FW-ZG-2026-06"),
    (7, 30, 2, "2单配件调拨单无到货确认", "FW-ZG-2026-07"),
    (8, 30, 3, "1单维修后未做电气安全检测；2单回访记录缺医院意见", "FW-ZG-2026-08"),
    (9, 30, 2, "2单合肥站PM报告检测设备编号填写KY-JC-08（校准过期期间）", "FW-ZG-2026-09"),
    (10, 30, 1, "1单报修分级错误（急诊监护仪按B级派单）", "FW-ZG-2026-10"),
]


def assessment_rows():
    rng = random.Random(4410)
    out = []
    qdate = {1: dt.date(2026, 4, 12), 2: dt.date(2026, 7, 11), 3: dt.date(2026, 10, 13)}
    people = [(st, e) for st, names in ENGINEERS.items() if st != "阜阳华康" for e in names]
    people += [("南京总部", "马骏"), ("南京总部", "张宇"), ("苏州站", "蒋明")]
    for q in (1, 2, 3):
        for st, e in people:
            a = rng.randint(18, 25) if st != "合肥站" else rng.randint(15, 23)
            b = rng.randint(18, 25)
            c = rng.randint(16, 20)
            dd = rng.randint(11, 15)
            ee = rng.randint(12, 15) if st != "合肥站" else rng.randint(9, 14)
            if (q, e) in ((1, "葛鹏"), (3, "储强")):
                a, ee = 14, 8
            tot = a + b + c + dd + ee
            grade = "优秀" if tot >= 90 else ("合格" if tot >= 75 else "待改进")
            out.append([f"2026年第{cn_num(q)}季度", st, e, a, b, c, dd, ee, tot, grade, "周婷", qdate[q]])
        if q == 1:
            out.append(["2026年第一季度", "合作服务商", "阜阳华康（单位）", 17, 18, 16, 13, 18, 82, "合格", "周婷/汪成",
                        qdate[1]])
        else:
            out.append([f"2026年第{cn_num(q)}季度", "合作服务商", "阜阳华康（单位）", "", "", "", "", "", "", "未考核",
                        "", ""])
    return out


def reward_rows(assess):
    out = []
    for q in (1, 2, 3):
        best = sorted([r for r in assess if r[0] == f"2026年第{cn_num(q)}季度" and isinstance(r[8], int)
                       and r[1] != "合作服务商"], key=lambda r: (-r[8], r[2]))[:2]
        for r in best:
            out.append([r[11], r[2], r[1], "奖励", f"{r[0]}考核第一、二名（{r[8]}分）", "季度“康仪服务之星”，奖励1,500元",
                        "陈晓峰/孙立军"])
        for r in assess:
            if r[0] == f"2026年第{cn_num(q)}季度" and r[9] == "待改进":
                out.append([r[11], r[2], r[1], "处罚", f"{r[0]}考核待改进（{r[8]}分）", "扣当季绩效20%，站长面谈并制定改进计划",
                            "陈晓峰"])
    out += [
        [dt.date(2026, 1, 22), "韩冰", "南京总部", "处罚", "夜间值班电话服务态度差（投诉TS-2026-002）", "书面检讨，扣当月绩效300元", "陈晓峰"],
        [dt.date(2026, 4, 23), "程亮", "合肥站", "处罚", "维修后未清理现场（投诉TS-2026-012）", "站内通报批评", "汪成/陈晓峰"],
        [dt.date(2026, 7, 6), "冯博", "南京总部", "处罚", "进ICU未按要求更衣（投诉TS-2026-021）", "停岗一天再培训，扣当月绩效300元", "陈晓峰"],
        [dt.date(2026, 9, 18), "方舟", "合肥站", "处罚", "维修后未做电气安全检测（内审NC-2026-05）", "扣当月绩效500元，重新考核电气安全检测", "陈晓峰"],
        [dt.date(2026, 3, 20), "周杰", "南京总部", "奖励", "取得瑞声RS-8高级维修认证", "认证奖励2,000元", "陈晓峰"],
        [dt.date(2026, 3, 20), "顾文杰", "苏州站", "奖励", "取得瑞声RS-8高级维修认证", "认证奖励2,000元", "陈晓峰"],
        [dt.date(2026, 7, 24), "胡亮", "南京总部", "奖励", "泵门卡扣批量问题及时发现、排查并推动厂家纠正", "专项奖励3,000元", "孙立军"],
    ]
    out.sort(key=lambda r: (r[0], r[1]))
    return out


# --------------------------------------------------------------------------- #
# XLSX 1. 2026年设备报修及维修工单台账
# --------------------------------------------------------------------------- #

TICKET_HEADER = ["序号", "工单号", "报修时间", "报修渠道", "医院", "所在市", "省份", "科室", "设备类别", "型号",
                 "序列号", "生命支持类", "故障描述", "保修状态", "电话响应(分钟)", "到场时限(小时)", "到场用时(小时)",
                 "到场超时", "更换配件", "配件来源", "调拨发出(小时)", "处理措施", "修复时限(天)", "修复日期",
                 "修复用时(天)", "修复超时", "状态", "周转机", "收费(元)", "报价确认", "工程师", "回访结果"]


def _ticket_cells(i, r):
    return [i, r["no"], r["t"], r["channel"], r["hosp"], r["city"], r["prov"], r["dept"], r["cat"], r["model"],
            r["sn"], "是" if r["life"] else "否", r["fault"], r["warranty"], r["resp"],
            r["lim"] if r["lim"] != "" else "—", r["onsite"] if r["onsite"] is not None else "远程解决",
            r["onsite_late"] or "—", r["part"], r["source"], r["dispatch"], r["fix"], r["rlim"],
            r["close"] or "", r["days"] if r["days"] is not None else "", r["late"], r["status"], r["spare"],
            r["fee"], r["quote"], r["eng"], r["visit"]]


def make_ticket_ledger(out: Path, rows, s):
    wb = Workbook()
    ws = wb.active
    ws.title = "维修工单"
    xlsx_sheet(ws, TICKET_HEADER, [_ticket_cells(i, r) for i, r in enumerate(rows, 1)],
               widths=[6, 11, 16, 11, 24, 8, 6, 12, 8, 26, 12, 8, 30, 9, 9, 9, 9, 7, 16, 9, 9, 40, 8, 11,
                       8, 7, 8, 22, 9, 12, 12, 9],
               title="2026年设备报修及维修工单台账（导出自康仪服务云，截至11月20日）")
    for row in ws.iter_rows(min_row=3, min_col=3, max_col=3):
        for c in row:
            c.number_format = "yyyy-mm-dd hh:mm"

    ws2 = wb.create_sheet("月度统计")
    summ = []
    for m in range(1, 12):
        mr = [r for r in rows if r["t"].month == m]
        on = [r for r in mr if not r["remote"]]
        cl = [r for r in mr if r["status"] == "已修复"]
        summ.append([f"2026年{m}月", len(mr), sum(1 for r in mr if r["prov"] == "江苏"),
                     sum(1 for r in mr if r["prov"] == "安徽"), sum(1 for r in mr if r["remote"]),
                     f"{sum(1 for r in mr if r['resp'] <= 30) / len(mr):.1%}",
                     f"{sum(1 for r in on if r['onsite_late'] == '否') / len(on):.1%}",
                     f"{sum(1 for r in cl if r['late'] == '否') / len(cl):.1%}" if cl else "—",
                     sum(1 for r in mr if r["spare"].startswith("已提供"))])
    summ.append(["合计", s["total"], s["js"], s["ah"], s["remote"], f"{s['resp']:.1%}", f"{s['onsite']:.1%}",
                 f"{s['repair']:.1%}", s["spare_given"]])
    xlsx_sheet(ws2, ["月份", "工单数", "江苏", "安徽", "远程解决", "30分钟响应率", "到场及时率", "修复及时率",
                     "提供周转机"], summ, widths=[12, 8, 8, 8, 9, 12, 11, 11, 10],
               title="2026年维修工单月度统计（11月截至20日）")

    ws3 = wb.create_sheet("周转机台账")
    pool = [[i, st, cat, model, n, "在库/借出见下表"] for i, (st, cat, model, n) in enumerate(LOAN_POOL, 1)]
    pool.append(["", "合肥站", "—", "未配置周转机", 0, "安徽区域不在周转机规定适用范围内"])
    xlsx_sheet(ws3, ["序号", "存放地点", "类别", "型号", "数量(台/条)", "备注"], pool,
               widths=[6, 10, 8, 30, 11, 34], title="周转机（备用机）配置表")
    r0 = ws3.max_row + 3
    ws3.cell(row=r0 - 1, column=1, value="2026年周转机借用记录")
    loans = []
    for r in rows:
        if r["spare"].startswith("已提供"):
            back = r["close"] + dt.timedelta(days=1) if r["close"] else ""
            loans.append([r["no"], r["hosp"], r["cat"], r["t"].date() + dt.timedelta(days=1), back,
                          "已归还" if back else "借用中", r["eng"]])
    hdr = ["工单号", "借用医院", "类别", "借出日期", "归还日期", "状态", "经办工程师"]
    for j, h in enumerate(hdr, 1):
        c = ws3.cell(row=r0, column=j, value=h)
        c.font = common.Font(name="宋体", bold=True, size=10.5)
        c.border = common.BORDER
    for i, row in enumerate(loans, r0 + 1):
        for j, v in enumerate(row, 1):
            c = ws3.cell(row=i, column=j, value=v)
            c.border = common.BORDER
            c.font = common.Font(name="宋体", size=10)
            if isinstance(v, dt.date):
                c.number_format = "yyyy-mm-dd"
    save_xlsx(wb, out / "2026年设备报修及维修工单台账.xlsx", creator="刘佳", last_by="周婷",
              created=d(2026, 1, 2, 8, 30), modified=d(2026, 11, 20, 18, 10),
              title="2026年设备报修及维修工单台账")


# --------------------------------------------------------------------------- #
# XLSX 2. 2026年预防性维护（PM）及质控检测台账
# --------------------------------------------------------------------------- #

def make_pm_ledger(out: Path, rows, contracts):
    wb = Workbook()
    ws = wb.active
    ws.title = "PM计划及执行"
    data = [[i, r["no"], r["hosp"], r["city"], r["prov"], r["station"], r["cat"], r["model"], r["units"],
             r["basis"], r["cycle"], r["plan"], r["done"] or "", r["status"], r["safety"], r["perf"], r["tools"],
             r["eng"], r["sign"]] for i, r in enumerate(rows, 1)]
    xlsx_sheet(ws, ["序号", "计划编号", "医院", "所在市", "省份", "执行站点", "设备类别", "型号", "台数", "服务依据",
                    "PM周期", "计划日期", "完成日期", "执行状态", "电气安全检测", "性能/质控检测", "检测设备编号", "工程师",
                    "医院确认"], data,
               widths=[6, 11, 24, 8, 6, 9, 8, 26, 6, 9, 8, 11, 11, 9, 30, 30, 18, 8, 10],
               title="2026年预防性维护（PM）计划及执行台账（计划日期前后15天内完成为按期）")

    ws2 = wb.create_sheet("按月统计")
    summ = []
    for m in range(1, 12):
        mr = [r for r in rows if r["plan"].month == m]
        due = [r for r in mr if r["status"] != "待执行"]
        js = [r for r in due if r["prov"] == "江苏"]
        ah = [r for r in due if r["prov"] == "安徽"]

        def pct(x):
            return f"{sum(1 for r in x if r['status'] == '按期完成') / len(x):.1%}" if x else "—"
        summ.append([f"2026年{m}月", len(mr), sum(r["units"] for r in mr),
                     sum(1 for r in mr if r["status"] == "按期完成"), sum(1 for r in mr if r["status"] == "延期完成"),
                     sum(1 for r in mr if r["status"] in ("未完成", "进行中", "待执行")), pct(js), pct(ah), pct(due)])
    xlsx_sheet(ws2, ["计划月份", "计划任务数", "台数", "按期完成", "延期完成", "未完成/待执行", "江苏按期率",
                     "安徽按期率", "合计按期率"], summ, widths=[12, 10, 8, 9, 9, 12, 11, 11, 11],
               title="PM按期完成率（按计划月份）")

    ws3 = wb.create_sheet("检测设备及校准")
    inst = []
    for no, name, st, by, last, note in INSTRUMENTS:
        until = dt.date(last.year + 1, last.month, last.day) - dt.timedelta(days=1)
        inst.append([no, name, st, by, last, until, "有效", note])
    xlsx_sheet(ws3, ["编号", "名称", "存放站点", "校准机构", "最近校准日期", "有效期至", "状态", "备注"], inst,
               widths=[10, 18, 10, 22, 12, 12, 8, 44], title="质控检测设备一览及校准情况（2026年11月更新）")

    ws4 = wb.create_sheet("维保合同台账")
    crow = []
    for c in contracts:
        status = "待生效" if c[6] > AS_OF else ("执行中" if c[7] >= AS_OF else "已到期")
        crow.append(c[:12] + [status])
    xlsx_sheet(ws4, ["合同编号", "医院", "省份", "服务类型", "覆盖设备", "台数", "起始日期", "终止日期", "合同金额(万元)",
                     "PM次数", "定制服务内容", "周转机条款", "状态"], crow,
               widths=[15, 24, 6, 26, 18, 6, 11, 11, 11, 8, 44, 20, 8], title="维保合同台账（商务部，2026年11月）")

    ws5 = wb.create_sheet("设备安全月免费检测")
    fc = [[i, h, CITY[HOSP[h][1]][0], dt.date(2026, m, dd), n, f, ENGINEERS[CITY[HOSP[h][1]][1]][0]]
          for i, (h, m, dd, n, f) in enumerate(FREE_CHECK, 1)]
    fc.append(["", "合计", "", "", sum(x[3] for x in FREE_CHECK), f"{len(FREE_CHECK)}家医院", ""])
    xlsx_sheet(ws5, ["序号", "医院", "省份", "检测日期", "保外设备检测台数", "发现问题及处理", "带队"], fc,
               widths=[6, 24, 6, 11, 14, 34, 10],
               title="2026年9月“设备安全月”保外设备免费电气安全检测记录")
    save_xlsx(wb, out / "2026年预防性维护（PM）及质控检测台账.xlsx", creator="陈晓峰", last_by="唐敏",
              created=d(2025, 12, 18, 10, 0), modified=d(2026, 11, 19, 17, 25),
              title="2026年预防性维护（PM）及质控检测台账")


# --------------------------------------------------------------------------- #
# XLSX 3. 2026年装机验收及培训记录
# --------------------------------------------------------------------------- #

def make_install_training(out: Path, inst):
    rng = random.Random(9931)
    wb = Workbook()
    ws = wb.active
    ws.title = "装机验收"
    xlsx_sheet(ws, ["序号", "销售合同号", "医院", "省份", "设备类别", "型号", "数量", "注册证号", "合同约定到货",
                    "实际到货", "按期到货", "安装调试完成", "安装用时(工作日)", "验收日期", "验收结论", "工程师", "备注"],
               [[i, r["no"], r["hosp"], r["prov"], r["cat"], r["model"], r["qty"], r["reg"], r["due"], r["arrive"],
                 r["ontime"], r["inst"], r["wd"], r["acc"], r["result"], r["eng"], r["note"]]
                for i, r in enumerate(inst, 1)],
               widths=[6, 12, 24, 6, 8, 30, 6, 20, 12, 11, 8, 12, 10, 11, 9, 8, 40],
               title="2026年新装设备到货、安装调试及验收记录（到货后3个工作日内完成安装调试）")

    ws2 = wb.create_sheet("临床操作培训")
    tr = []
    for r in inst:
        hosp_dept = {"超声": "超声科", "监护仪": "ICU", "呼吸机": "ICU", "内镜": "消化内镜中心", "输注泵": "ICU"}[r["cat"]]
        passed = r["trained"] - (1 if rng.random() < .15 else 0)
        tr.append([r["train_day"], r["hosp"], hosp_dept, r["cat"], "新机操作、日常保养及报警处理（装机培训）",
                   r["trained"], "操作考核", passed, r["eng"]])
    for day, hosp, dept, cat, content, n in REFRESHER:
        tr.append([day, hosp, dept, cat, content, n, "操作考核" if rng.random() < .6 else "现场问答", n,
                   _engineer(rng, CITY[HOSP[hosp][1]][1] if CITY[HOSP[hosp][1]][1] != "阜阳华康" else "合肥站",
                             cat, HOSP[hosp][1])])
    tr.sort(key=lambda x: (x[0], x[1]))
    xlsx_sheet(ws2, ["培训日期", "医院", "科室", "设备类别", "培训内容", "参训人数", "考核方式", "合格人数", "讲解工程师"],
               tr,
               widths=[11, 24, 12, 8, 40, 9, 9, 9, 10], title="2026年医院临床操作培训记录（签到表原件存各服务站）")

    ws3 = wb.create_sheet("内部培训")
    xlsx_sheet(ws3, ["日期", "培训内容", "讲师", "对象", "参训人数", "课时", "考核方式", "平均分", "记录人"],
               [[t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], "王蕾"] for t in STAFF_TRAINING],
               widths=[11, 56, 24, 28, 9, 6, 14, 8, 8], title="2026年技术服务中心内部培训记录")

    ws4 = wb.create_sheet("厂家培训及认证")
    xlsx_sheet(ws4, ["日期", "厂家", "课程", "参训人数", "结果"],
               [list(x) for x in MAKER_TRAINING], widths=[11, 26, 44, 9, 18], title="2026年厂家培训")
    r0 = ws4.max_row + 3
    ws4.cell(row=r0 - 1, column=1, value="工程师厂家认证一览（有效期3年）")
    hdr = ["工程师", "站点", "产品线", "认证级别", "取得时间", "有效期至", "证书编号"]
    for j, h in enumerate(hdr, 1):
        c = ws4.cell(row=r0, column=j, value=h)
        c.font = common.Font(name="宋体", bold=True, size=10.5)
        c.border = common.BORDER
    for i, (e, st, line, lvl, got) in enumerate(CERTS, r0 + 1):
        y, m = int(got[:4]), int(got[5:])
        vals = [e, st, line, lvl, got, f"{y + 3}-{m:02d}",
                f"{ {'超声': 'RS', '监护仪': 'HT', '呼吸机': 'AH', '内镜': 'MJ', '输注泵': 'TS'}[line] }-{y}-{i - r0:03d}"]
        for j, v in enumerate(vals, 1):
            c = ws4.cell(row=i, column=j, value=v)
            c.border = common.BORDER
            c.font = common.Font(name="宋体", size=10)

    ws5 = wb.create_sheet("年度培训计划")
    xlsx_sheet(ws5, ["序号", "计划时间", "课目", "对象", "课时", "预算(元)", "执行情况"], [
        [1, "每月第二周", "服务例会（案例复盘、服务理念、内审/投诉通报）", "技术服务中心全体", 18, 6000, "已完成11次"],
        [2, "1月", "电气安全检测（GB 9706.1-2020）实操", "全体工程师", 4, 3000, "已完成"],
        [3, "3月", "进院服务规范与感控要求", "技术服务中心全体", 2, 0, "已完成"],
        [4, "3月", "合作服务商技术培训", "阜阳华康", 8, 2000, "已完成（3月19日）；下半年新机型培训未安排"],
        [5, "按入职", "新员工岗前培训", "新入职人员", 40, 8000, "已完成2期"],
        [6, "4—5月", "医疗器械法规、不良事件监测", "工程师、调度员", 4, 0, "已完成"],
        [7, "全年", "厂家维修认证（五条产品线）", "按认证计划", "—", 180000, "已完成5批，15人通过"],
        [8, "6月", "服务礼仪与医患沟通", "工程师、调度员", 6, 12000, "已完成"],
        [9, "10月", "调度员报修分级", "客服调度组", 3, 0, "已完成（内审后增加）"],
        [10, "11月", "售后服务管理师考前辅导", "报名人员", 16, 9000, "报名2人，12月开课"],
    ], widths=[6, 12, 44, 18, 6, 10, 36], title="2026年培训计划及执行情况")
    save_xlsx(wb, out / "2026年装机验收及培训记录.xlsx", creator="王蕾", last_by="王蕾",
              created=d(2025, 12, 20, 9, 0), modified=d(2026, 11, 18, 16, 40),
              title="2026年装机验收及培训记录")


# --------------------------------------------------------------------------- #
# XLSX 4. 2026年客户投诉、回访及服务质量监督记录
# --------------------------------------------------------------------------- #

SURVEY = [  # item, 2026 score, 2025 score, comments
    ("报修响应速度", 92.1, 91.0, "夜间电话能找到人"),
    ("工程师到场及时性", 89.6, 88.4, "安徽地市到场慢"),
    ("维修质量", 91.8, 91.2, "内镜返厂周期长"),
    ("PM执行及报告", 88.9, 87.5, "报告提交偏慢"),
    ("周转机保障", 84.7, 85.3, "安徽没有周转机"),
    ("临床操作培训", 93.5, 92.8, "新科室培训及时"),
    ("收费透明度", 87.2, 86.9, "配件价格偏高"),
    ("服务态度与进院规范", 94.3, 93.6, ""),
    ("综合满意度", 90.7, 89.8, "发放72份，回收有效问卷58份（江苏43份92.4分，安徽15份85.7分）"),
]


def make_complaint_book(out: Path, comp, tickets, assess):
    rng = random.Random(1207)
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉登记"
    xlsx_sheet(ws, ["投诉编号", "受理日期", "受理渠道", "医院", "省份", "投诉人", "投诉类别", "涉及设备", "投诉内容",
                    "级别", "处理措施", "时限(天)", "结案日期", "处理天数", "是否超时", "处理结果", "回访", "经办人"],
               [[r["no"], r["day"], r["ch"], r["hosp"], r["prov"], r["who"], r["kind"], r["dev"], r["text"],
                 r["level"], r["handle"], r["limit"], r["close"] or "", r["days"] if r["days"] is not None else "",
                 r["late"], r["result"], r["visit"], "周婷"] for r in comp],
               widths=[12, 11, 12, 24, 6, 14, 10, 8, 40, 6, 48, 7, 11, 8, 7, 8, 8, 7],
               title="2026年客户投诉登记表（质量管理部，截至11月20日）")

    ws2 = wb.create_sheet("工单回访")
    fr = []
    for r in tickets:
        if r["status"] != "已修复" or r["close"] < dt.date(2026, 9, 1) or r["visit"] in ("", "待回访"):
            continue
        vd = r["close"] + dt.timedelta(days=rng.choice([1, 1, 1, 2]))
        way = "电话" if r["visit"] != "未接通" else "电话（2次未接通）+短信"
        note = {"满意": rng.choice(["", "工程师很专业", "修得快", "", "讲解清楚"]),
                "基本满意": rng.choice(["配件等得久", "希望提前告知到场时间", "报告给得慢"]),
                "不满意": rng.choice(["到场太慢", "收费偏高"]), "未接通": ""}[r["visit"]]
        fr.append([len(fr) + 1, r["no"], r["hosp"], r["cat"], r["close"], vd, way, r["visit"], note,
                   "转服务质量专员复核" if r["visit"] == "不满意" else "", rng.choice(DISPATCHERS)])
    xlsx_sheet(ws2, ["序号", "工单号", "医院", "设备类别", "修复日期", "回访日期", "回访方式", "回访结果", "医院意见",
                     "后续处理", "回访人"], fr, widths=[6, 11, 24, 8, 11, 11, 20, 9, 24, 18, 8],
               title="2026年维修工单回访记录（9月—11月；1—8月回访结果见工单台账）")

    ws3 = wb.create_sheet("年度满意度调查")
    xlsx_sheet(ws3, ["调查项目", "2026年得分", "2025年得分", "主要意见"], [list(x) for x in SURVEY],
               widths=[20, 11, 11, 60], title="2026年医院设备科满意度调查（2026年6月1日—6月20日，问卷星+纸质）")

    ws4 = wb.create_sheet("月度工单抽查")
    xlsx_sheet(ws4, ["月份", "抽查工单数", "不规范数", "主要问题", "整改通知单", "复查结果", "抽查人"],
               [[f"2026年{m}月", n, bad, prob, no, "已整改", "周婷"] for m, n, bad, prob, no in SPOT_CHECKS],
               widths=[12, 10, 9, 60, 16, 9, 8], title="服务质量专员月度工单抽查记录")

    ws5 = wb.create_sheet("工程师季度考核")
    xlsx_sheet(ws5, ["考核期", "站点", "姓名", "到场及时(25)", "修复及时(25)", "回访满意(20)", "工单规范(15)",
                     "PM完成(15)", "总分", "等级", "考核人", "考核日期"], assess,
               widths=[16, 10, 18, 11, 11, 11, 11, 10, 7, 8, 10, 11], title="2026年工程师服务质量季度考核")

    ws6 = wb.create_sheet("奖惩记录")
    xlsx_sheet(ws6, ["日期", "姓名", "站点", "奖/惩", "事由", "处理", "批准人"], reward_rows(assess),
               widths=[11, 8, 10, 7, 44, 40, 14], title="2026年服务人员奖惩记录")

    ws7 = wb.create_sheet("历年对比")
    s = complaint_stats(comp)
    hist = [[y, base, n, round(n / base * 100, 2), sr, tr] for y, base, n, sr, tr in COMPLAINT_HISTORY]
    hist.append(["2026年（截至11月20日）", INSTALLED["江苏"] + INSTALLED["安徽"], s["n"],
                 round(s["n"] / (INSTALLED["江苏"] + INSTALLED["安徽"]) * 100, 2),
                 f"{s['solve_rate']:.1%}", f"{s['timely']:.1%}"])
    xlsx_sheet(ws7, ["年度", "在保设备(台)", "投诉数", "每百台投诉", "解决率", "处理及时率"], hist,
               widths=[22, 12, 8, 11, 9, 11], title="客户投诉历年对比")
    save_xlsx(wb, out / "2026年客户投诉、回访及服务质量监督记录.xlsx", creator="周婷", last_by="周婷",
              created=d(2026, 1, 4, 9, 10), modified=d(2026, 11, 20, 17, 40),
              title="2026年客户投诉、回访及服务质量监督记录")


# --------------------------------------------------------------------------- #
# DOCX 1. 售后服务管理手册
# --------------------------------------------------------------------------- #

def make_manual(out: Path):
    meta = dict(doc_no="KY-FW-001", version="V3.0", effective="2026年1月1日",
                drafted="陈晓峰 2025.12.02", reviewed="钱慧 2025.12.12", approved="吴国平 2025.12.20",
                distribution="发放编号：FW-001-05　　持有部门：技术服务中心")
    b = DocxBuilder("售后服务管理手册", meta)
    b.cover()
    b.p("修订记录", indent=False, bold=True)
    b.table(["版本", "日期", "修订内容", "修订人"], [
        ["V1.0", "2016.03.01", "首次发布（原名《技术服务管理制度》）", "陈晓峰"],
        ["V2.0", "2021.01.01", "增加预防性维护、周转机和维保合同管理；调整组织机构", "陈晓峰"],
        ["V2.1", "2024.04.01", "增设合肥服务站；增加合作服务商管理", "陈晓峰"],
        ["V3.0", "2026.01.01", "更名为《售后服务管理手册》；调整安徽区域到场时限；更新服务目标，增加2025—2027年服务发展目标、客户分级和主动服务；手册改为每年评审", "陈晓峰"],
    ], widths=[1.6, 2.2, 10.2, 1.8])

    b.doc.add_heading("发布令", level=1)
    b.p("康仪做的是医院的设备生意。我们卖出去、管起来的每一台呼吸机、监护仪、输液泵都连着病人，设备停一天，科室就少做一天检查、少开一张床。"
        "公司《2025—2027年发展规划》确定了“以服务带销售”的方向：到2027年，技术服务收入占公司营业收入的比重由2024年的24%提高到35%；"
        "医院满意度、到场及时率和修复及时率纳入经营班子年度考核。")
    b.p("本手册经总经理办公会审议通过，现予发布。技术服务中心、质量管理部、商务部、销售部、储运部及各服务站必须执行；"
        "合作服务商按合作协议及本手册第九章执行。")
    b.p("总经理：吴国平　　2025年12月20日", align="right", indent=False)
    b.page_break()

    b.ch("总则")
    b.art("为规范公司售后服务工作，保证经销和维护的医疗设备安全、有效、可用，依据《医疗器械监督管理条例》《医疗器械经营监督管理办法》"
          "《医疗器械使用质量监督管理办法》以及各厂家的授权服务协议，结合公司实际制定本手册。")
    b.art("本手册适用于公司经销和受托维护的超声、监护仪、呼吸机、内窥镜、输注泵五条产品线，在江苏、安徽两省医院的装机验收、临床操作培训、"
          "预防性维护（以下简称PM）、故障维修、周转机、配件供应、质控检测和投诉处理。")
    b.art("公司的服务理念是“设备在线，临床安心”。“设备在线”是指通过PM和快速维修，让医院的设备随时处于可用状态；"
          "“临床安心”是指让医生护士放心用、让设备科省心管。")
    b.art("服务理念的传达：")
    b.sub("（一）员工：新员工岗前培训第一课讲服务理念；技术服务中心每月第二周召开服务例会，用当月的真实案例讲理念、讲教训；")
    b.sub("（二）合作服务商：服务理念和服务规范作为合作协议附件，合作服务商人员培训时一并讲解；")
    b.sub("（三）医院：维保合同首页、维修和PM报告抬头、“康仪服务”公众号菜单栏均印有服务理念；工程师工牌背面印服务理念和400热线。")
    b.art("服务策略：")
    b.sub("（一）生命支持优先：呼吸机以及ICU、急诊、手术室在用的监护仪报修列为A级，优先派单、优先调配件和周转机；")
    b.sub("（二）预防为主：PM计划与维保合同同步制定，以PM和质控检测减少突发故障，降低医院停机时间和公司的急修成本；")
    b.sub("（三）就近服务：服务站加工程师随车备件，常见故障一次上门修好；阜阳、亳州路途远、设备少，委托当地合作服务商维修，缩短到场时间，节省差旅；")
    b.sub("（四）分级备件：常用件三级库存，高值件（探头、CCD、涡轮、主板）集中在总部或由厂家直发，兼顾到位速度和库存资金占用；")
    b.sub("（五）厂家协同：现场24小时内不能判明原因的故障，提交厂家技术支持远程诊断。")
    b.art("服务发展目标（2025—2027年）：在保设备由2024年底的4,420台增至6,000台以上；安徽区域到场及时率达到95%；"
          "五条产品线在每个服务站至少有1名取得厂家认证的工程师；2027年在皖北增设服务点。年度服务目标见第四十条。")

    b.ch("组织与职责")
    b.art("总经理是售后服务的第一责任人。分管副总经理孙立军分管技术服务中心，每月主持服务运营会；总经理每季度在经营分析会上听取售后服务汇报，协调资源。")
    b.art("技术服务中心是售后服务的归口管理部门，设置如下：")
    b.table(["机构/岗位", "主要职责", "定编（人）"], [
        ["中心经理", "制定服务目标和计划，组织制度建设，对服务质量全面负责", "1"],
        ["产品线技术主管", "超声、监护、呼吸、内镜、输注五条产品线各1人，负责技术支持、疑难故障、厂家对接和工程师技术培训", "5"],
        ["服务站", "南京总部、苏州、徐州、南通、合肥五个服务站，负责辖区装机、PM、维修、培训和周转机调配", "工程师31"],
        ["客服调度组", "400热线和公众号报修受理、分级派单、跟单、回访", "4"],
        ["配件库", "配件中心库和各站配件的出入库、调拨、盘点，检测设备台账", "2"],
        ["培训专员", "内部培训计划和记录，临床培训资料", "1"],
        ["服务合同内勤", "维保合同台账、报价单、收费和开票", "2"],
    ], widths=[3.2, 9.6, 2.8])
    b.art("服务站设置及覆盖区域：")
    b.table(["服务站", "地址", "覆盖区域", "工程师", "服务车"], [
        ["南京总部", "南京市江宁区", "南京、镇江、扬州、常州、泰州、淮安", "13（另有技术主管5人）", "6"],
        ["苏州服务站", "苏州工业园区", "苏州、无锡", "6", "3"],
        ["徐州服务站", "徐州市泉山区", "徐州、连云港、宿迁", "4", "2"],
        ["南通服务站", "南通市崇川区", "南通、盐城", "3", "1"],
        ["合肥服务站（2024年3月设立）", "合肥市蜀山区", "安徽省（阜阳、亳州除外）", "5", "2"],
        ["阜阳华康医疗设备维修服务部（合作服务商）", "阜阳市颍州区", "阜阳、亳州（仅维修，PM由合肥服务站负责）", "2", "自备"],
    ], widths=[4.2, 2.8, 4.6, 2.6, 1.4])
    b.art("相关部门职责：")
    b.sub("（一）质量管理部：由企业质量负责人钱慧（专职）负责，承担首营企业和首营品种审核、到货验收、不良事件监测、投诉受理和服务质量监督，设服务质量专员1名（周婷，专职）；")
    b.sub("（二）商务部：销售合同和维保合同的商务管理、采购、报价和收费；")
    b.sub("（三）销售部：新机销售，大客户经理负责三级医院的日常关系和重大问题协调；")
    b.sub("（四）储运部：新机配送和配件物流；")
    b.sub("（五）人力资源部、财务部：服务人员招聘、培训、考核和薪酬，服务费用预算和核算。")

    b.ch("人员与培训")
    b.art("售后服务人员任职要求：")
    b.table(["岗位", "在岗人数", "任职要求"], [
        ["中心经理", "1", "生物医学工程或电子类本科以上，8年以上医疗设备维修和管理经验，持售后服务管理师证书"],
        ["产品线技术主管", "5", "本科以上，5年以上本产品线维修经验，持厂家高级维修认证"],
        ["工程师", "31", "生物医学工程、电子、机电类大专以上；取得所负责产品线的厂家维修认证；持低压电工作业证；会驾驶"],
        ["见习工程师", "随招聘", "专业同上；岗前培训合格后在师傅带领下工作，不得独立维修生命支持类设备"],
        ["调度员", "4", "大专以上；熟悉五条产品线的常见故障、报修分级、服务时限和收费标准；普通话流利"],
        ["配件库管", "2", "两年以上仓储工作经验，会使用用友U8"],
        ["服务质量专员", "1", "熟悉医疗器械法规和公司服务流程，3年以上服务或质量管理经验"],
    ], widths=[3.2, 2.0, 10.4])
    b.art("售后服务管理师：技术服务中心按服务人员总数不低于10%配置持证的售后服务管理师。现有服务人员47人，持证5人"
          "（陈晓峰、黄志斌、沈涛、刘佳、周婷），分别负责服务管理、技术支持、调度和质量监督环节的管理和对服务人员的指导。")
    b.art("培训：培训专员每年12月编制下一年度培训计划，人均培训费用不低于4,000元，厂家认证费用另列。")
    b.sub("（一）岗前培训：不少于5个工作日，内容为公司制度、服务理念、进院规范、电气安全、工单系统，之后跟岗1个月，笔试和跟岗考核合格方可上岗；")
    b.sub("（二）厂家认证：工程师须取得所负责产品线的厂家维修认证，方可独立维修生命支持类设备；认证有效期3年，到期前复训；")
    b.sub("（三）在岗培训：每月第二周召开服务例会（案例复盘、服务理念、内审和投诉通报）；每年至少组织一次医疗器械法规和不良事件监测培训、一次进院规范和感控培训、一次服务礼仪与沟通培训；")
    b.sub("（四）合作服务商人员每年至少参加一次技术培训。")
    b.art("人员培养：工程师分见习、初级、中级、高级、专家五级，见习期6个月实行师带徒；每条产品线在每个服务站至少培养1名后备工程师；"
          "与金陵医药职业技术学院“医疗器械维护与管理”专业合作，每年接收实习生4—6名，优秀者留用。具体按《技术服务人员三年培养计划（2025—2027）》执行。")
    b.art("激励：工程师绩效工资占月收入的35%，按季度考核结果（第三十七条）发放；每季度评选“康仪服务之星”2名，各奖励1,500元；"
          "取得厂家高级认证奖励2,000元、中级认证奖励1,000元；连续四个季度考核优秀的优先晋级；每年评选优秀服务站一个。")

    b.ch("资源保障")
    b.art("经费：财务部每年11月会同技术服务中心，按在保设备台数、服务站数量和上年度实际支出编制下一年度售后服务费用预算，报总经理批准。"
          "预算包括人员、配件、车辆差旅、检测设备及计量、培训认证、周转机购置、信息系统等费用，财务部每季度通报执行情况。")
    b.art("场所：南京总部设维修车间约420平方米（防静电工作台8个、内镜维修间、超声探头维修台、呼吸机和输注泵检测区）、配件中心库约260平方米、"
          "培训演示室1间（配各产品线演示样机）；各服务站面积不少于80平方米，设检测台和配件库。各场所每周按6S要求检查。")
    b.art("检测设备：公司配备电气安全分析仪5台（每站1台）、输液设备分析仪3台、气流分析仪3台、无创血压模拟器4台、血氧饱和度模拟器2台、"
          "多参数患者模拟器1台、内镜测漏仪1台，计划2026年购置超声探头阵元检测仪1台。检测设备每年送有资质的计量机构校准，"
          "由配件库建立台账，校准过期的不得使用。")
    b.art("配件：实行三级库存——配件中心库、服务站库、工程师随车包。常用件按近6个月平均用量的1.5倍设安全库存；高值件集中在中心库或由厂家直发。"
          "配件出入库在用友U8中登记，每月盘点一次。")
    b.art("周转机：周转机的配置、借用和归还按《设备维修及备用机管理规定》（KY-FW-005）执行。")
    b.art("车辆：公司配备服务车14辆（南京6辆、苏州3辆、徐州2辆、南通1辆、合肥2辆），由行政部统一保养，安装GPS，工程师随车携带工具包和常用配件。")
    b.art("新机配送：新购设备由厂家发至公司南京中心仓或直发医院；彩超、内镜系统、呼吸机等委托南京安康医疗物流有限公司专车配送，"
          "工程师随车或到场开箱。设备按销售合同约定的日期送达，不能按期的，商务部至少提前3天书面告知医院并说明新的到货日期。")

    b.ch("服务承诺与时效")
    b.art("公司向医院承诺：")
    b.table(["项目", "承诺内容"], [
        ["服务热线", f"{HOTLINE}：A级报修（急修）7×24小时受理；一般报修和咨询工作日8:00—18:00，其他时间可留言，次日9:00前回电"],
        ["电话响应", "报修后30分钟内由工程师电话联系，远程判断故障"],
        ["到场时限（A级）", "服务站所在市2小时；江苏其他地市8小时；阜阳、亳州12小时；安徽其他地区24小时"],
        ["到场时限（一般）", "服务站所在市4小时；江苏其他地市24小时；阜阳、亳州24小时；安徽其他地区48小时"],
        ["修复时限", "不需更换配件的2天内；使用本站库存配件的3天内，需总部调拨配件的4天内；厂家订货15天内；返厂维修30天内（均自报修之日起算）"],
        ["周转机", "预计修复超过3天的，按《设备维修及备用机管理规定》提供周转机"],
        ["保修", "新机保修期按厂家规定和销售合同执行（一般整机1—3年，自验收合格之日起算），保修期内免费维修"],
        ["收费", "保外维修先报价，经医院设备科签字确认后维修，按《维修收费标准》收费"],
    ], widths=[3.2, 12.4])
    b.art("配件发出：服务站没有库存的配件，配件中心库收到调拨申请后24小时内发出；厂家订货件由商务部每周向厂家催货一次，并告知医院预计到货时间。")
    b.art("装机：设备到货后3个工作日内完成安装调试（医院场地、电源、气源不具备的除外），安装调试不收费；验收合格后当日或次日进行临床操作培训。")
    b.art("工程师出发前告知设备科或使用科室预计到达时间；修复后出具维修报告，由使用科室或设备科签字确认。")

    b.ch("客服调度")
    b.art("客服调度组的岗位及职责：")
    b.table(["岗位", "人数", "职责"], [
        ["调度组长", "1（刘佳）", "排班，A级报修督办，每日工单日报，回访不满意工单的转交"],
        ["调度员", "3", "接听400热线，受理公众号报修，报修分级，派单，跟单，修复后回访"],
        ["夜间值班工程师", "各站轮值", "18:00至次日8:00及节假日，A级报修由400自动转值班工程师手机"],
    ], widths=[3.2, 2.6, 9.8])
    b.art("400热线设人工坐席4席，工作日8:00—18:00；接通率不低于95%；报修受理后5分钟内派单，A级报修同时电话通知站长。")
    b.art("调度员应熟悉五条产品线的常见故障、报修分级规则、各地到场时限和收费标准，岗前培训不少于5天。")

    b.ch("客户关系")
    b.art("客户分级：A类为三级医院及年维保合同额30万元以上的医院，B类为二级医院，C类为其他医疗机构。技术服务中心在康仪服务云中建立客户设备档案，"
          "记录序列号、装机日期、保修到期日、维保合同、PM和维修记录。")
    b.art("拜访：A类客户每月、B类客户每季度由站长或产品线技术主管上门拜访设备科，了解设备使用情况和需求，填写《客户拜访记录》。")
    b.art("回访：工单修复后48小时内由调度员电话回访；回访不满意的，转服务质量专员复核处理。")
    b.art("满意度调查：每年6月向在服医院设备科发放满意度问卷，回收样本不少于在服医院的70%，结果在管理评审中评审。")
    b.art("主动服务：PM到期前15天提醒并预约；保修到期前60天书面告知医院；每年9月开展“设备安全月”，为医院的保外设备免费做电气安全检测；"
          "厂家发布软件升级或现场纠正通知的，主动通知医院并上门实施。")
    b.art("维保方案：商务部根据医院需求提供全保（含配件）、技术保（人工和PM，配件另计）、PM保（预防性维护和质控检测）等服务方案，"
          "可按科室需求约定驻场工程师、夜间值守、PM时间安排、检测报告形式等内容。")

    b.ch("监督、考核与改进")
    b.art("服务质量监督：质量管理部服务质量专员负责日常监督——每月抽查工单不少于30单，检查时效、检测记录、报告签字和收费；"
          "复核回访不满意工单；受理和跟踪投诉；组织工程师季度考核；发现问题开具《整改通知单》，限期整改并复查。")
    b.art("考核与奖惩：工程师按季度考核，满分100分（到场及时25分、修复及时25分、回访满意20分、工单规范15分、PM完成15分），"
          "90分以上为优秀，75分以下为待改进并扣当季绩效的20%。违反进院规范或被医院有效投诉的，扣绩效并通报；隐瞒不良事件不报的，解除劳动合同。"
          "奖惩由中心经理提出，分管副总批准，服务质量专员登记。")
    b.art("内部审核和管理评审：每年9月质量管理部组织内部审核，覆盖售后服务全过程；每年10月由总经理主持管理评审，评审服务目标、投诉、资源和改进需求。")
    b.art("信息反馈：技术服务中心每月5日前编制《售后服务月报》（故障分布、重复故障、配件消耗、厂家问题），报分管副总、销售部、商务部和质量管理部；"
          "同一型号同类故障一个月内3起以上或涉及安全的，24小时内填写《产品质量信息反馈单》报厂家技术支持，跟踪厂家答复和纠正措施。"
          "客户投诉按《客户投诉处理程序》（KY-QP-09）处理，不良事件按《医疗器械不良事件监测及突发事件应急处置预案》（KY-ZL-004）处理。")
    b.art("服务目标：")
    b.table(["指标", "2026年目标", "统计口径"], [
        ["400接通率", "≥95%", "呼叫系统月报"],
        ["30分钟电话响应率", "≥98%", "30分钟内响应工单/全部工单"],
        ["到场及时率", "≥95%", "按时到场工单/需到场工单"],
        ["修复及时率", "≥95%", "按时修复工单/已修复工单"],
        ["PM按期完成率", "≥95%", "计划日期前后15天内完成/到期PM任务"],
        ["装机及时率", "≥95%", "到货后3个工作日内完成安装调试的批次/全部批次"],
        ["回访满意率", "≥95%", "满意及基本满意/回访成功工单"],
        ["投诉处理及时率", "≥95%", "按时结案/已办结投诉"],
        ["投诉解决率", "≥95%", "已解决/已办结投诉"],
        ["医院满意度", "≥90分", "年度满意度调查综合得分"],
    ], widths=[4.0, 3.0, 8.6])
    b.sub("服务目标每年在管理评审中评审，根据完成情况调整下一年度目标，并由中心经理分解到服务站和个人。")

    b.ch("厂家及合作服务商")
    b.art("首营审核：质量管理部对首次合作的厂家和首次经营的品种进行审核，审核营业执照、医疗器械生产许可证或备案凭证、产品注册证、"
          "授权书和售后服务授权，审核合格后方可采购。采购、收货和验收按《医疗器械经营质量管理规范》及公司质量管理制度执行。")
    b.art("厂家评价：每年10月由商务部会同质量管理部、技术服务中心对厂家进行评价（产品质量、配件供货及时性、技术支持、培训支持），结果报管理评审。")
    b.art("合作服务商准入：在公司没有服务站、到场时间不能满足承诺的地区，可委托合作服务商。合作服务商应具备营业执照、三年以上医疗设备维修经验、"
          "至少2名工程师和当地固定场所，经技术服务中心和质量管理部现场评估（80分以上合格）后签订合作协议。")
    b.art("合作服务商管理：合作服务商的工单通过康仪服务云派发和关闭，到场签到、维修照片和检测记录须上传；调度员对其工单逐单回访；"
          "服务质量专员会同合肥服务站站长每季度考核一次；每年至少组织一次技术培训。")
    b.art("合作服务商奖惩：季度考核90分以上的，按当季结算金额的3%奖励；低于75分的，扣减当季结算金额的5%；连续两次低于75分的，终止合作；"
          "到场超时的，每次扣款200元。")

    b.ch("附则")
    b.art("工程师对在医院接触到的病人信息和医院数据负有保密义务。")
    b.art("新购设备的退货、换货按销售合同和厂家政策办理。")
    b.art("本手册由技术服务中心负责解释，每年评审一次。本手册自2026年1月1日起施行，V2.1版同时废止。")

    b.save(out / "售后服务管理手册_KY-FW-001_V3.0.docx", author="陈晓峰", last_by="陈晓峰",
           created=d(2025, 12, 2, 9, 30), modified=d(2025, 12, 20, 16, 5), revision=11,
           subject="售后服务管理", keywords="售后服务;手册")


# --------------------------------------------------------------------------- #
# DOCX 2. 设备维修及备用机管理规定 (2023, not revised since 合肥站 opened)
# --------------------------------------------------------------------------- #

def make_repair_rule(out: Path):
    meta = dict(doc_no="KY-FW-005", version="V1.2", effective="2023年5月1日",
                drafted="朱建华 2023.04.06", reviewed="陈晓峰 2023.04.14", approved="孙立军 2023.04.20",
                distribution="发放范围：技术服务中心、各服务站、商务部、质量管理部")
    b = DocxBuilder("设备维修及备用机管理规定", meta)
    b.cover()

    b.ch("总则")
    b.art("为及时修复医院报修的设备，减少设备停机对临床的影响，统一维修作业、配件、返厂、收费和周转机的管理，制定本规定。")
    b.art("本规定适用于公司在江苏、安徽两省经销和维保的超声、监护仪、呼吸机、内窥镜和输注泵的维修。")

    b.ch("报修受理与派单")
    b.art(f"医院可通过400热线（{HOTLINE}）、“康仪服务”公众号、驻场工程师、负责工程师的手机或设备科邮件报修。"
          "所有报修由客服调度组在康仪服务云中建立工单，工程师直接接到的报修须在1小时内补录工单。")
    b.art("报修分级：")
    b.table(["级别", "范围", "派单要求"], [
        ["A级（急修）", "呼吸机；ICU、急诊、手术室在用的监护仪；医院明确表示影响抢救或手术的设备", "受理后5分钟内派单并电话通知站长；夜间转值班工程师"],
        ["B级（一般）", "其他报修", "受理后30分钟内派单"],
    ], widths=[2.8, 8.2, 4.6])
    b.art("派单原则：按医院所在地派给负责的服务站；内镜报修派给取得内镜认证的工程师；安徽区域的报修由南京总部派工程师前往，到场时限为72小时。")
    b.art("工程师接单后30分钟内与报修人电话联系，了解故障现象，能够远程指导解决的，在工单中记录“远程解决”。")

    b.ch("现场维修")
    b.art("工程师进院须遵守《装机验收及临床操作培训作业指导书》（KY-JS-003）中的进院服务规范。")
    b.art("维修前与使用科室确认设备已停止用于病人并完成清洁消毒；生命支持类设备须在科室已启用替代设备后方可拆机。")
    b.art("现场24小时内不能判明故障原因的，由产品线技术主管提交厂家技术支持，必要时申请厂家工程师到场。")
    b.art("维修完成后，必须按厂家维修手册进行性能检测，并按GB 9706.1进行电气安全检测（保护接地电阻、对地漏电流、外壳漏电流），检测数据录入工单。"
          "检测不合格的不得交付使用。")
    b.art("维修报告须写明故障现象、原因、更换配件（含序列号）、检测结果，由使用科室或设备科签字确认。")

    b.ch("配件与旧件")
    b.art("工程师优先使用随车和服务站库存配件；没有库存的，通过服务云提交调拨申请，配件中心库24小时内发出；中心库也没有的，由商务部向厂家订货。")
    b.art("更换下的故障件：保修期内的按厂家要求返还厂家；其他旧件经医院确认后带回服务站。废旧电池、电路板单独存放，由配件库定期交有资质的单位处置。")

    b.ch("返厂维修")
    b.art("需要返厂的部件（内镜插入部、CCD组件、空氧混合器等），由工程师按厂家要求包装、登记序列号，经医院签字后寄出，"
          "技术主管每周向厂家了解进度并告知医院。部件返回后，工程师到场安装并检测合格后交付。")

    b.ch("保修与收费")
    b.art("保修期自验收合格之日起算，按厂家规定和销售合同执行。保修期内和全保合同范围内的维修不收费；技术保合同不收工时费，配件另计；"
          "保修期外且无维保合同的，按本规定附件《维修收费标准》收费。")
    b.art("保外维修须先填写《维修报价单》，列明配件、工时费和上门费，经医院设备科签字确认后方可维修。医院不同意维修的，只收取检测费。")
    b.art("人为损坏（摔落、进液、咬伤等）即使在保修期内也按保外收费，工程师须拍照留存并请使用科室确认。")

    b.ch("周转机")
    b.art("本章适用于江苏省内处于保修期内或签订全保、技术保维保合同的医院。安徽区域暂不提供周转机，待合肥服务站配置周转机后另行规定。")
    b.art("预计修复时间超过3天的，A级设备当日、其他设备次日送达周转机；超声提供便携机，内镜提供周转镜。周转机数量不足时，由中心经理在各站之间调配。")
    b.art("周转机出库前须完成PM、电气安全检测和清洁消毒，贴“周转机”标识；借出和归还均填写《周转机借用单》，由科室签字。")
    b.art("原设备修复交付后3天内收回周转机，检测合格后入库。")

    b.ch("附则")
    b.art("本规定自2023年5月1日起施行。")

    b.page_break()
    b.p("附件　维修收费标准（2023版）", indent=False, bold=True, align="center")
    b.table(["项目", "超声", "内镜", "呼吸机", "监护仪", "输注泵"], [
        ["工时费（元/次）", "800", "800", "600", "300", "200"],
        ["检测费（不维修，元/台）", "300", "300", "200", "100", "80"],
    ], widths=[4.4, 2.2, 2.2, 2.2, 2.2, 2.2])
    b.table(["项目", "标准"], [
        ["上门费", "服务站所在市免收；江苏省内其他地市200元/次；安徽省300元/次"],
        ["配件费", "按厂家当年配件价目表执行，报价单注明配件名称、编号和单价"],
        ["返厂维修", "按厂家报价另加物流及保险费"],
        ["夜间及节假日急修", "不另收加急费"],
    ], widths=[3.6, 12.0])
    b.p("注：同一故障修复后90天内复发的，免收工时费和上门费。", indent=False, size=9.5)

    b.save(out / "设备维修及备用机管理规定_KY-FW-005.docx", author="朱建华", last_by="陈晓峰",
           created=d(2023, 4, 6, 14, 10), modified=d(2023, 4, 20, 11, 30), revision=5,
           subject="维修管理", keywords="维修;周转机;收费")


# --------------------------------------------------------------------------- #
# DOCX 3. 预防性维护及质控检测管理程序
# --------------------------------------------------------------------------- #

def make_pm_procedure(out: Path):
    meta = dict(doc_no="KY-FW-007", version="V2.0", effective="2025年3月1日",
                drafted="沈涛 2025.01.20", reviewed="陈晓峰 2025.02.10", approved="孙立军 2025.02.18",
                distribution="发放范围：技术服务中心、各服务站、质量管理部")
    b = DocxBuilder("预防性维护及质控检测管理程序", meta)
    b.cover()
    b.p("修订记录：V1.0（2021.01.01）首次发布；V2.0（2025.03.01）按GB 9706.1-2020调整电气安全检测项目，增加检测设备管理和PM按期完成率考核。",
        indent=False, size=9.5)

    b.h2("1　目的")
    b.p("通过定期维护和质控检测，及早发现设备隐患，保证医院在用设备的安全和性能，减少突发故障。")
    b.h2("2　范围")
    b.p("适用于处于保修期内或签订维保合同的设备，以及“设备安全月”等主动检测活动。")
    b.h2("3　职责")
    b.p("3.1　中心经理：审批年度PM计划，检查执行情况。")
    b.p("3.2　服务站站长：编排本站月度PM计划，预约医院，安排工程师。")
    b.p("3.3　工程师：按本程序实施PM和检测，出具报告。")
    b.p("3.4　配件库：检测设备台账和送检。")
    b.p("3.5　服务质量专员：抽查PM记录和报告。")
    b.h2("4　PM周期和内容")
    b.table(["设备", "周期", "主要维护内容", "质控检测项目", "检测设备"], [
        ["彩超", "12个月", "主机除尘、风扇和滤网清洁，探头及线缆检查，图像质量检查，软件版本核对",
         "探头阵元检测（具备条件后），电气安全", "电气安全分析仪、探头阵元检测仪"],
        ["监护仪", "6个月", "外观、按键、报警功能检查，电池容量测试，附件检查",
         "心电、无创血压、血氧、体温准确性，电气安全", "患者模拟器、无创血压模拟器、血氧模拟器、电气安全分析仪"],
        ["呼吸机", "6个月", "更换空气过滤网，氧电池到期更换（12个月），管路、呼气阀检查，报警功能检查",
         "潮气量、压力、氧浓度、PEEP准确性，电气安全", "气流分析仪、电气安全分析仪"],
        ["内窥镜", "6个月", "测漏，弯曲角度，按钮和管道通畅，图像和光源检查",
         "测漏，电气安全（主机、光源）", "内镜测漏仪、电气安全分析仪"],
        ["输注泵", "12个月", "泵门、卡扣、按键检查，电池测试，清洁",
         "流速准确性、阻塞报警压力，电气安全", "输液设备分析仪、电气安全分析仪"],
    ], widths=[1.6, 1.4, 5.6, 3.8, 3.2], size=9)
    b.p("电气安全检测按GB 9706.1-2020的要求测量保护接地电阻、对地漏电流和接触电流，限值按设备类型（B型、BF型、CF型）判定。"
        "列入强制检定目录的项目（如监护仪的无创血压测量）由医院送法定计量检定机构检定，工程师提醒检定到期日并配合拆装送检。")
    b.h2("5　PM计划")
    b.p("5.1　每年12月，各站根据维保合同台账和保修设备清单编制下一年度PM计划，经中心经理审批后录入《PM计划及执行台账》。")
    b.p("5.2　PM到期前15天，调度员与设备科预约具体日期；医院要求调整的，在台账中记录原因。")
    b.p("5.3　在计划日期前后15天内完成的为按期完成。")
    b.h2("6　实施")
    b.p("6.1　工程师按第4条逐台维护和检测，记录实测数据；发现故障的，当场能修复的修复，不能修复的转维修工单。")
    b.p("6.2　检测不合格又不能当场修复的设备，贴“停用”标识，书面通知设备科，并在台账中注明。")
    b.p("6.3　PM完成后5个工作日内出具PM及质控检测报告，报告注明所用检测设备编号和校准有效期，由设备科签字确认，一份交医院存档。")
    b.h2("7　检测设备管理")
    b.p("7.1　检测设备每年送有资质的计量机构校准，配件库在到期前一个月安排送检。")
    b.p("7.2　校准过期或失准的检测设备立即停用，贴停用标识；送检期间由其他服务站借用或调整PM计划。")
    b.p("7.3　发现检测设备失准的，追溯上次校准以来用该设备检测的结果，必要时重新检测。")
    b.h2("8　考核")
    b.p("PM按期完成率目标为95%以上，按服务站每月统计，纳入工程师季度考核（PM完成15分）。")
    b.h2("9　记录")
    b.p("《PM计划及执行台账》、PM及质控检测报告、检测设备台账和校准证书，保存至设备报废后2年。")

    b.save(out / "预防性维护及质控检测管理程序_KY-FW-007.docx", author="沈涛", last_by="陈晓峰",
           created=d(2025, 1, 20, 10, 0), modified=d(2025, 2, 18, 15, 20), revision=4,
           subject="PM管理", keywords="PM;质控检测;电气安全")


# --------------------------------------------------------------------------- #
# DOCX 4. 装机验收及临床操作培训作业指导书
# --------------------------------------------------------------------------- #

def make_install_guide(out: Path):
    meta = dict(doc_no="KY-JS-003", version="V1.3", effective="2025年8月1日",
                drafted="黄志斌 2025.07.03", reviewed="陈晓峰 2025.07.15", approved="孙立军 2025.07.22",
                distribution="发放范围：全体工程师、合作服务商")
    b = DocxBuilder("装机验收及临床操作培训作业指导书", meta)
    b.cover()

    b.h2("1　适用范围")
    b.p("本指导书适用于公司工程师和合作服务商人员在医院内的装机、验收、临床操作培训，以及维修、PM时的进院行为。")

    b.h2("2　进院服务规范")
    b.p("2.1　着装：穿公司工服，佩戴工牌；进入ICU、手术室、内镜中心、新生儿科，按科室要求更衣、戴帽子口罩、穿鞋套，不得进入未经允许的无菌区域。")
    b.p("2.2　手卫生：接触设备前后用速干手消毒剂消毒；维修被血液、体液污染的设备前，确认科室已按院感要求完成消毒，在维修报告中记录。")
    b.p("2.3　病人安全：设备正在用于病人时不得拆机或断电；需要停机的，须征得护士长同意并确认病人已转接替代设备。")
    b.p("2.4　沟通：到科室先向护士长或当班护士说明来意和预计时间；完工后说明处理结果和使用注意事项；不在病人面前讨论设备故障原因。")
    b.p("2.5　服务用语：")
    b.table(["场合", "规范用语", "禁用语"], [
        ["到达科室", "您好，我是康仪的工程师××，来处理××床的呼吸机报警，大约需要半小时。", "哪台坏了？"],
        ["需要停机", "麻烦您先给病人换一台，我确认断电后再拆。", "先关了吧，一会儿就好。"],
        ["不能当场修好", "需要换配件，我今天下午告诉您到货时间，周转机明天上午送到。", "等厂家吧，不知道什么时候。"],
        ["医院提出收费异议", "我把报价明细发给设备科，您看哪一项需要解释。", "这是规定，我也没办法。"],
    ], widths=[3.0, 7.6, 5.0])
    b.p("2.6　现场整洁：完工后清理现场，包装材料和更换下的旧件带走，不得丢在科室垃圾桶。")

    b.h2("3　装机流程")
    b.p("3.1　到货开箱：与设备科、使用科室共同开箱，核对装箱单、产品注册证号、合格证和中文说明书，检查外观；破损、缺件的拍照记录，由商务部联系厂家处理。")
    b.p("3.2　安装环境核查：电源（独立接地、容量）、气源（呼吸机氧气和空气压力0.28—0.6MPa）、网络（中央站、内镜图文系统）、空间和承重；不具备条件的，书面告知设备科并约定整改时间。")
    b.p("3.3　安装调试：按厂家安装手册安装，完成参数设置、软件版本登记和功能检查；中央站、内镜图文系统与医院信息科共同调试。")
    b.p("3.4　检测：完成性能检测和电气安全检测，数据记入《设备安装验收报告》。")
    b.p("3.5　验收：设备科、使用科室和公司三方在《设备安装验收报告》上签字；移交说明书、合格证、保修卡和注册证复印件。验收日期即保修起算日期。")
    b.p("3.6　建档：工程师在验收当日将序列号、装机日期、保修期、科室等信息录入康仪服务云设备档案。")

    b.h2("4　临床操作培训")
    b.p("4.1　对象：使用科室的医生、护士和技师，设备科工程师。")
    b.p("4.2　内容：开关机和基本操作，参数设置，报警的含义和处理，日常清洁消毒和保养，禁忌和注意事项，报修方式。")
    b.p("4.3　考核：每人完成一次操作演示，由工程师判定；不合格的当场再教，仍不合格的另约时间。签到表和考核记录由科室护士长签字，原件存服务站。")
    b.p("4.4　复训：医院新入科人员、新开科室或投诉反映操作问题的，按医院申请安排复训。")
    b.p("4.5　每台设备旁留一张《快速操作卡》（塑封），内容包括常用操作、常见报警处理和报修电话。")

    b.h2("5　安全要求")
    b.p("5.1　维修和安装前断开电源，超声、监护仪等含高压部件的设备须等待放电后再拆机。")
    b.p("5.2　呼吸机拆接气源前关闭气源阀门，确认管路无压力。")
    b.p("5.3　锂电池运输按危险品要求包装，不得与工具混放。")
    b.p("5.4　吊顶安装的设备（如吊塔上的监护仪）由医院后勤配合，工程师不得独自登高作业。")

    b.h2("6　记录")
    b.p("《设备安装验收报告》、临床培训签到及考核表、维修和PM报告。")

    b.save(out / "装机验收及临床操作培训作业指导书_KY-JS-003.docx", author="黄志斌", last_by="陈晓峰",
           created=d(2025, 7, 3, 9, 0), modified=d(2025, 7, 22, 17, 10), revision=6,
           subject="作业指导书", keywords="装机;验收;培训;进院规范")


# --------------------------------------------------------------------------- #
# DOCX 5. 客户投诉处理程序
# --------------------------------------------------------------------------- #

def make_complaint_procedure(out: Path):
    meta = dict(doc_no="KY-QP-09", version="V2.1", effective="2025年6月1日",
                drafted="周婷 2025.05.06", reviewed="钱慧 2025.05.15", approved="吴国平 2025.05.22",
                distribution="发放范围：质量管理部、技术服务中心、商务部、销售部")
    b = DocxBuilder("客户投诉处理程序", meta)
    b.cover()
    b.p("修订记录", indent=False, bold=True)
    b.table(["版本", "日期", "修订内容"], [
        ["V1.0", "2019.07.01", "首次发布"],
        ["V2.0", "2023.03.01", "投诉受理归口质量管理部；增加重要投诉分级"],
        ["V2.1", "2025.06.01", "增加公众号留言渠道；补充服务补救措施表；增加解决率、及时率目标"],
    ], widths=[1.8, 2.4, 11.4])

    b.ch("总则")
    b.art("为及时、公正地处理医院对公司设备、服务、收费和人员的投诉，找到并改进工作中的问题，制定本程序。")
    b.art("本程序适用于医院通过任何渠道提出的投诉。涉及病人伤害或可能与设备有关的不良事件，同时按《医疗器械不良事件监测及突发事件应急处置预案》（KY-ZL-004）报告。")
    b.art("首问负责：第一个接到投诉的员工（包括销售人员和工程师）负责在24小时内转交质量管理部登记，并告诉投诉人由谁、在多长时间内联系。")

    b.ch("渠道与分级")
    b.art(f"投诉渠道：400热线（{HOTLINE}，按2号键转投诉）；质量管理部投诉电话 {QA_TEL}（工作日8:30—17:30）；投诉邮箱 {MAIL}；"
          "“康仪服务”公众号留言；来函；销售人员、工程师转交。")
    b.art("投诉分级：")
    b.table(["级别", "情形", "时限"], [
        ["一般", "到场、修复时间，服务规范，报告资料，收费等问题", "7天内结案"],
        ["重要", "医院领导投诉；涉及病人安全；同一医院一个月内第二次投诉；可能影响合同续签", "3天内提出处理方案，15天内结案"],
    ], widths=[2.0, 9.6, 4.0])

    b.ch("处理流程")
    b.art("登记：服务质量专员在《客户投诉登记表》中登记投诉编号、渠道、医院、投诉人、设备、内容和级别。")
    b.art("联系：登记后2小时内联系投诉人，了解情况，告知处理人和预计时间。")
    b.art("调查：调取工单、录音、报价单、PM记录，必要时到现场了解；涉及工程师的，由站长和技术主管共同调查。")
    b.art("处理方案：一般投诉由站长或产品线技术主管提出，重要投诉由中心经理提出；涉及费用减免2,000元以上的报分管副总批准。方案须与投诉人沟通确认。")
    b.art("结案：方案落实并经投诉人确认后结案；投诉人不接受且无法再协商的，如实记录为“未解决”，由中心经理书面答复医院。")
    b.art("回访：结案后3天内由服务质量专员电话回访。")
    b.art("归档：登记表、调查记录、答复函按投诉编号归档，保存3年。")

    b.ch("服务补救")
    b.art("因公司原因造成的服务失误，按下表补救：")
    b.table(["服务失误", "补救措施"], [
        ["到场超过承诺时限", "站长当日致歉，优先处理；下一次PM或维修免上门费"],
        ["修复超过承诺时限", "江苏区域提供周转机；每周书面通报进度；技术主管督办厂家"],
        ["报价遗漏、收费错误", "多收的全额退还，书面致歉"],
        ["违反进院规范、服务态度差", "更换工程师，当事人按手册处理"],
        ["报告资料延误或错误", "24小时内补交或更正"],
    ], widths=[5.2, 10.4])
    b.art("服务质量专员每月对投诉和服务失误分类统计，写入《售后服务月报》；同类问题一个季度内出现3次以上的，由责任部门制定改进措施，服务质量专员跟踪验证。")

    b.ch("目标")
    b.art("投诉处理及时率不低于95%，投诉解决率不低于95%。")
    b.ch("附则")
    b.art("本程序自2025年6月1日起施行。")

    b.save(out / "客户投诉处理程序_KY-QP-09_V2.1.docx", author="周婷", last_by="钱慧",
           created=d(2025, 5, 6, 10, 20), modified=d(2025, 5, 22, 14, 45), revision=5,
           subject="投诉处理", keywords="投诉;补救")


# --------------------------------------------------------------------------- #
# DOCX 6. 大客户服务管理办法（征求意见稿）
# --------------------------------------------------------------------------- #

def make_key_account_draft(out: Path):
    meta = dict(doc_no="KY-FW-012（拟）", version="V0.3 征求意见稿", effective="待定",
                drafted="许明、陈晓峰 2026.10.15", reviewed="—", approved="—",
                footer="征求意见稿　仅供内部讨论")
    b = DocxBuilder("大客户服务管理办法（征求意见稿）", meta)
    b.cover()
    b.p("说明：本稿由销售部和技术服务中心共同起草，请各部门于2026年12月15日前将意见反馈销售部许明。标注【待定】的内容需总经理办公会确定。"
        "本办法发布前，三级医院等重点客户的售后协调仍由销售部大客户经理兼管，报修按《设备维修及备用机管理规定》的A级、B级处理。",
        indent=False, size=9.5)

    b.ch("总则")
    b.art("为给重点医院提供更及时、更有针对性的服务，巩固和扩大三级医院及医疗集团的维保业务，制定本办法。")
    b.art("大客户是指：（一）三级医院；（二）年维保合同额50万元以上的医院；（三）统一采购的医联体或医疗集团。大客户名单每年1月由销售部和技术服务中心确定。")

    b.ch("服务团队")
    b.art("每家大客户指定一名服务经理，负责年度服务计划、季度服务报告和重大问题协调。【待定：服务经理专职设置或由站长兼任；拟设专职服务经理2名，编制需人力资源部确认】")
    b.art("按合同约定派驻驻场工程师，驻场工程师每周向设备科提交工作记录。")

    b.ch("服务流程")
    b.art("每年1月与医院设备科共同制定年度服务计划（PM安排、质控检测、培训、设备更新建议）。")
    b.art("每季度提交服务报告（报修、修复时间、PM完成、配件消耗、设备故障率），并召开一次设备运行分析会。")
    b.art("每年组织一次面向设备科和临床工程人员的技术交流。")

    b.ch("绿色通道")
    b.art("大客户享有以下优先服务：")
    b.sub("（一）报修可直接拨打服务经理手机，A级报修在南京、苏州、合肥市区1.5小时内到场；")
    b.sub("（二）配件优先调拨，周转机优先保障；")
    b.sub("（三）新机装机优先排期；")
    b.sub("（四）投诉由中心经理直接处理，24小时内答复。")

    b.ch("考核")
    b.art("大客户满意度单独统计，纳入服务经理和服务站考核。【待定：考核指标和权重】")
    b.ch("附则")
    b.art("本办法自发布之日起施行。")

    b.save(out / "大客户服务管理办法（征求意见稿）.docx", author="许明", last_by="陈晓峰",
           created=d(2026, 9, 28, 9, 0), modified=d(2026, 10, 15, 18, 20), revision=3,
           subject="征求意见稿", keywords="大客户;征求意见稿")


# --------------------------------------------------------------------------- #
# PDF 1. 医疗器械不良事件监测及突发事件应急处置预案
# --------------------------------------------------------------------------- #

def make_emergency_pdf(out: Path):
    meta = dict(doc_no="KY-ZL-004", version="V2.0", effective="2025年4月1日",
                drafted="钱慧 2025.03.10", reviewed="孙立军 2025.03.20", approved="吴国平 2025.03.26")
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("医疗器械不良事件监测及突发事件应急处置预案", "title")
    a.add(pdf_cover_table(meta, WIDTH))
    a.add(Spacer(1, 10))

    a.ch("总则")
    a.art("为及时发现、报告和处置公司经销和维护的医疗器械发生的不良事件和突发事件，减少对病人和医院的影响，依据《医疗器械监督管理条例》"
          "《医疗器械不良事件监测和再评价管理办法》《医疗器械召回管理办法》，制定本预案。")
    a.art("本预案适用于：（一）可疑医疗器械不良事件的收集、核实和报告；（二）配合厂家实施召回和现场纠正；"
          "（三）经销或维护的设备故障导致或可能导致病人伤害；（四）同一型号短期内批量故障；（五）重大公共卫生事件中医院急需设备的应急保障；"
          "（六）与公司产品或服务有关的负面舆情。")

    a.ch("组织机构")
    a.art("成立应急处置领导小组：组长吴国平（总经理），副组长孙立军（分管副总经理），成员为质量管理部、技术服务中心、商务部、销售部、储运部负责人。")
    a.art("领导小组办公室设在质量管理部，主任钱慧（质量负责人），负责事件信息汇总、评估、报告和处置协调；服务质量专员周婷兼任不良事件监测员，"
          "负责不良事件的收集、登记和网上报告。")
    a.add(pdf_table(["部门", "职责"], [
        ["质量管理部", "不良事件核实和报告，向药品监督管理部门报告，协调厂家调查和召回，对外口径"],
        ["技术服务中心", "现场处置，故障设备和部件的封存，替代设备（周转机）调配，召回和现场纠正的实施"],
        ["商务部", "与厂家联络，召回产品和配件的商务处理"],
        ["销售部", "通知相关医院，收集医院诉求"],
        ["储运部", "召回产品的运输和隔离存放"],
    ], [3.4 * cm, WIDTH - 3.4 * cm]))
    a.add(Spacer(1, 6))

    a.ch("不良事件报告")
    a.art("工程师在装机、维修、PM中发现或医院告知的可疑不良事件，应在2小时内报质量管理部，并保留故障设备和部件，未经质量管理部同意不得维修或更换。")
    a.art("质量管理部核实后通过国家医疗器械不良事件监测信息系统报告：导致死亡的在7日内，导致或可能导致严重伤害的在20日内；同时书面通知厂家。")
    a.art("同一型号同类故障集中出现的，质量管理部评估后通知所有使用该型号的医院，提示临时防范措施。")

    a.ch("突发事件分级与处置")
    a.art("事件分级：")
    a.add(pdf_table(["级别", "情形", "响应"], [
        ["Ⅰ级", "设备故障导致病人死亡或严重伤害；厂家发布一级召回；被省级以上媒体报道", "领导小组全体，1小时内启动"],
        ["Ⅱ级", "同一型号一个月内同类故障5起以上；生命支持类设备批量停用；医院领导书面投诉涉及病人安全", "副组长牵头，2小时内启动"],
        ["Ⅲ级", "单台生命支持类设备故障影响抢救；局部负面舆情", "技术服务中心牵头，质量管理部配合"],
    ], [1.6 * cm, 9.4 * cm, WIDTH - 11 * cm]))
    a.add(Spacer(1, 6))
    a.art("控制：通知医院停用相关设备，技术服务中心在2小时内调配周转机或协调厂家、其他医院调剂替代设备；封存故障设备和部件。")
    a.art("调查：质量管理部会同厂家分析原因，24小时内形成初步意见；需要召回或现场纠正的，按厂家通知制定实施计划，逐台登记完成情况。")
    a.art("沟通：对医院和媒体的答复由领导小组办公室统一口径，其他人员不得自行对外发布信息。")
    a.art("总结：事件结束后10个工作日内，办公室形成书面总结，提出改进措施并跟踪落实。")

    a.ch("保障")
    a.art("应急所需费用从当年售后服务费用预算中列支，超出预算的报总经理审批。")
    a.art("应急物资：各站周转机（见《设备维修及备用机管理规定》）、封存标签、故障件隔离袋；领导小组成员手机24小时开机。")
    a.art("演练：每年至少组织一次应急演练，演练记录和评估由质量管理部保存。")

    a.ch("附则")
    a.art("本预案由质量管理部负责解释，自2025年4月1日起施行，V1.0版同时废止。")
    a.add(Spacer(1, 8))
    a.p("附：应急联系表", "h2")
    a.add(pdf_table(["职务", "姓名", "联系电话"], [
        ["组长（总经理）", "吴国平", "139****2086"],
        ["副组长（分管副总经理）", "孙立军", "138****7315"],
        ["办公室主任（质量负责人）", "钱慧", "135****4420"],
        ["技术服务中心经理", "陈晓峰", "137****9061"],
        ["不良事件监测员", "周婷", "151****3378"],
    ], [5.6 * cm, 3 * cm, WIDTH - 8.6 * cm]))
    build_pdf(out / "医疗器械不良事件监测及突发事件应急处置预案_KY-ZL-004.pdf", a.story,
              title="医疗器械不良事件监测及突发事件应急处置预案", author="钱慧", subject="KY-ZL-004",
              header_text="KY-ZL-004　V2.0", date=d(2025, 3, 26, 16, 0))


# --------------------------------------------------------------------------- #
# PDF 2. 2026年度管理评审报告（售后服务部分）
# --------------------------------------------------------------------------- #

def _v(ok):
    return "达成" if ok else "未达成"


MAKER_EVAL = [  # name, quality 30, parts 30, tech 20, training 20, remark
    ("深圳瑞声医疗电子有限公司（超声）", 27, 26, 18, 18, "8月对公司进行授权服务商年度审核"),
    ("广州恒泰医疗仪器有限公司（监护仪）", 26, 27, 17, 17, "NIBP气泵批次问题已书面反馈"),
    ("北京安呼医疗科技有限公司（呼吸机）", 27, 22, 18, 17, "AH-V600排产延误2批次；涡轮备件周期长"),
    ("上海明镜内镜系统有限公司（内镜）", 26, 19, 16, 16, "返厂维修周期长，已发函要求改进"),
    ("杭州泰输医疗器械有限公司（输注泵）", 23, 27, 18, 18, "TS-80泵门卡扣批量问题，8月现场纠正"),
    ("南京源电电池科技有限公司（电池）", 25, 27, 15, 14, "通用配件供应商"),
    ("苏州精测医疗配件有限公司（袖带、导联线、血氧探头）", 24, 28, 15, 15, "通用配件供应商"),
]


def make_review_pdf(out: Path, t9, p9, c9, i9):
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年度管理评审报告（售后服务部分）", "title")
    a.p("评审时间：2026年10月30日　地点：总部二楼会议室　主持：吴国平", "right")
    a.add(Spacer(1, 6))
    a.p("参加人员：孙立军、钱慧、陈晓峰、蒋丽、许明、周婷、各服务站站长（视频）。本报告为公司年度管理评审中与售后服务有关的部分，由质量管理部整理。")

    a.p("一、2025年管理评审决议的落实情况", "h2")
    a.add(pdf_table(["2025年决议", "责任部门", "落实情况"], [
        ["合肥服务站增加工程师2名", "技术服务中心/人力资源部", "已完成（2026年3月到岗）"],
        ["购置超声探头阵元检测仪", "技术服务中心", "已完成（2026年4月）"],
        ["修订《设备维修及备用机管理规定》，周转机覆盖安徽", "技术服务中心", "未完成：合肥站周转机购置预算未获批，顺延至2027年"],
        ["制定大客户服务制度", "销售部/技术服务中心", "进行中：10月15日形成征求意见稿"],
        ["康仪服务云增加PM和配件模块", "信息部", "未完成：软件供应商报价超出预算"],
    ], [6.4 * cm, 3.6 * cm, WIDTH - 10 * cm]))
    a.add(Spacer(1, 4))

    a.p("二、服务目标完成情况（1—9月）", "h2")
    a.add(pdf_table(["指标", "目标", "1—9月实际", "评价"], [
        ["400接通率", "≥95%", "96.0%", "达成"],
        ["30分钟电话响应率", "≥98%", f"{t9['resp']:.1%}", _v(t9["resp"] >= .98)],
        ["到场及时率", "≥95%", f"{t9['onsite']:.1%}（江苏{t9['onsite_js']:.1%}，安徽{t9['onsite_ah']:.1%}）",
         _v(t9["onsite"] >= .95)],
        ["修复及时率", "≥95%", f"{t9['repair']:.1%}", _v(t9["repair"] >= .95)],
        ["PM按期完成率", "≥95%", f"{p9['rate']:.1%}（江苏{p9['rate_js']:.1%}，安徽{p9['rate_ah']:.1%}）",
         _v(p9["rate"] >= .95)],
        ["装机及时率", "≥95%", f"{i9['inst_ok'] / i9['n']:.1%}", _v(i9["inst_ok"] / i9["n"] >= .95)],
        ["回访满意率", "≥95%", f"{t9['visit']:.1%}", _v(t9["visit"] >= .95)],
        ["投诉处理及时率", "≥95%", f"{c9['timely']:.1%}", _v(c9["timely"] >= .95)],
        ["投诉解决率", "≥95%", f"{c9['solve_rate']:.1%}", _v(c9["solve_rate"] >= .95)],
        ["医院满意度", "≥90分", "90.7分（6月调查）", "达成"],
    ], [3.6 * cm, 2.4 * cm, 6.8 * cm, WIDTH - 12.8 * cm], center_cols=(1, 3)))
    a.add(Spacer(1, 4))
    a.p(f"安徽区域到场及时率和PM按期完成率明显低于江苏。修复超时{t9['repair_late']}单，其中厂家订货和返厂{t9['maker_late']}单；"
        f"内镜需厂家订货或返厂的工单平均修复用时{t9['endo_days']:.0f}天。")

    a.p("三、内部审核结果", "h2")
    a.p("2026年9月15日—17日，质量管理部组织内部审核，审核员钱慧、周婷，审核了技术服务中心、南京总部、苏州站和合肥站。与售后服务有关的发现：")
    for t in [
        "1．抽查1—8月维修工单50单，4单维修后没有电气安全检测记录（其中合肥站3单）。（不符合项NC-2026-05，已整改，当事工程师重新考核，10月复查关闭）",
        "2．抽查A级报修记录，3单ICU、急诊在用的监护仪被调度员按B级派单，到场时间按一般报修掌握。（不符合项NC-2026-06，10月16日完成调度员分级培训，已关闭）",
        f"3．合肥站输液设备分析仪KY-JC-08校准证书2026年8月14日到期，8月15日至10月9日期间仍用于输液泵PM {p9['gap_tasks']}次、共{p9['gap_units']}台。"
        "（不符合项NC-2026-07，10月10日完成校准，相关输液泵正在安排复测，未关闭）",
        "4．《设备维修及备用机管理规定》（KY-FW-005）为2023年版，未按手册要求每年评审；文中安徽区域“由南京总部派工程师、72小时到场”与现行手册不一致；"
        "周转机只适用于江苏区域。（不符合项NC-2026-08，未关闭）",
        "5．随机抽问工程师和调度员15人，14人能准确说出公司服务理念及含义。（符合）",
    ]:
        a.p(t, "sub")

    a.p("四、外部信息", "h2")
    a.p("1．2026年6月，南京市江宁区市场监督管理局对公司医疗器械经营质量管理规范执行情况进行检查，未发现缺陷项。")
    a.p("2．2026年8月，深圳瑞声对公司进行授权服务商年度审核，得分92分，提出1项改进建议（探头维修记录增加阵元检测数据），已落实。")
    a.p("3．2026年公司上报可疑医疗器械不良事件3例（4月苏州输液泵流速偏快、7月南京仁和医院输液泵泵门卡扣断裂、9月盐城呼吸机运行中涡轮停转报警），"
        "均在规定时限内报告，均未造成病人伤害。杭州泰输于8月发布TS-80泵门卡扣现场纠正通知，公司已完成苏皖两省312台的卡扣更换。")
    a.p("4．7月22日在南京仁和医院组织“ICU呼吸机批量故障”应急演练，2小时内从南京、苏州调拨周转呼吸机4台到场；演练发现苏州站周转呼吸机只有1台，已提出增配需求。")

    a.p("五、厂家和合作服务商评价", "h2")
    a.add(pdf_table(["厂家/供应商", "产品质量(30)", "配件供货(30)", "技术支持(20)", "培训支持(20)", "总分", "备注"],
                    [[n, q, p, t, tr, q + p + t + tr, rmk] for n, q, p, t, tr, rmk in MAKER_EVAL],
                    [4.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.2 * cm, WIDTH - 12.2 * cm],
                    center_cols=(1, 2, 3, 4, 5)))
    a.add(Spacer(1, 4))
    a.p("上述厂家和供应商评价结果均为合格，继续合作。需要说明的是：公司对厂家目前只有年度评价，评价结果没有和采购份额或奖惩挂钩；"
        "对厂家的生产、发运过程没有跟踪手段，主要依靠到货验收发现问题。")
    a.p("合作服务商阜阳华康（2024年3月经技术服务中心和质量管理部现场评估86分准入，负责阜阳、亳州的维修）：第一季度考核82分；第二、三季度因合肥站人手紧张未进行考核。3月阜阳市第五人民医院呼吸机到场超时，"
        "按合作协议应扣款200元，未执行。")

    a.p("六、资源", "h2")
    a.p("2026年售后服务费用预算1,860万元（人员1,020万元、配件420万元、车辆差旅165万元、检测设备及计量48万元、培训认证62万元、"
        "周转机购置90万元、信息系统25万元、其他30万元），1—9月支出1,352万元。公司没有单独设立应急专项资金，应急费用按预案在服务费用预算中列支。")

    a.p("七、评审结论与决议", "h2")
    a.p("评审认为，售后服务体系运行基本有效，江苏区域各项时效稳定，投诉解决率达到目标；主要问题是安徽区域服务能力不足、厂家配件周期长导致修复超时、"
        "部分制度未及时修订。决议如下：")
    a.add(pdf_table(["序号", "决议", "责任部门", "完成期限"], [
        ["1", "合肥站配置周转机（呼吸机2台、监护仪6台、输注泵10台），修订KY-FW-005，周转机和到场时限覆盖安徽", "技术服务中心/财务部", "2027-03-31"],
        ["2", "2027年下半年在蚌埠设皖北服务点，合肥站增加工程师3名", "技术服务中心/人力资源部", "2027-09-30"],
        ["3", "发布《大客户服务管理办法》，设专职大客户服务经理", "销售部/技术服务中心", "2027-03-31"],
        ["4", "更正“康仪服务”公众号服务承诺文章中与手册不一致的表述", "市场部", "2026-11-30"],
        ["5", "康仪服务云增加PM和配件模块，与用友U8打通", "信息部", "2027-06-30"],
        ["6", "恢复合作服务商季度考核，按协议落实扣款", "技术服务中心/质量管理部", "2026-12-31"],
        ["7", "制定客户信息及设备数据安全管理办法", "质量管理部", "2027-06-30"],
    ], [1.2 * cm, 8.4 * cm, 4.0 * cm, WIDTH - 13.6 * cm], center_cols=(0,)))
    a.add(Spacer(1, 4))
    a.p("2027年服务目标：", "body")
    a.add(pdf_table(["指标", "2026年目标", "2027年目标", "调整说明"], [
        ["到场及时率", "≥95%", "≥95%，安徽≥92%", "增加安徽分区目标"],
        ["修复及时率", "≥95%", "≥95%", "保持，重点压缩厂家订货周期"],
        ["PM按期完成率", "≥95%", "≥95%，安徽≥90%", "增加安徽分区目标"],
        ["投诉解决率", "≥95%", "≥97%", "提高"],
        ["医院满意度", "≥90分", "≥91分", "提高"],
        ["其他指标", "—", "同2026年", "保持"],
    ], [3.6 * cm, 3.2 * cm, 4.0 * cm, WIDTH - 10.8 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 10))
    a.p("整理：周婷　　审核：钱慧　　批准：吴国平　　2026年11月5日", "right")
    build_pdf(out / "2026年度管理评审报告（售后服务部分）.pdf", a.story,
              title="2026年度管理评审报告（售后服务部分）", author="周婷", subject="管理评审",
              header_text="管理评审报告　MR-2026", date=d(2026, 11, 5, 10, 30))


# --------------------------------------------------------------------------- #
# PDF 3. 2026年度售后服务工作总结及2027年工作计划
# --------------------------------------------------------------------------- #

def make_summary_pdf(out: Path, t, p, c, inst):
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年度售后服务工作总结及2027年工作计划", "title")
    a.p("技术服务中心　2026年11月21日", "right")
    a.add(Spacer(1, 6))
    new_certs = sum(1 for x in CERTS if x[4].startswith("2026"))
    clinical = len(inst) + len(REFRESHER)
    clinical_people = sum(r["trained"] for r in inst) + sum(x[5] for x in REFRESHER)
    a.p("今年技术服务中心的重点是“江苏稳、安徽补、厂家快”。下面把1—11月（工单和投诉数据截至11月20日）的情况作个总结，并提出明年的打算。")

    a.p("一、主要数据", "h2")
    a.add(pdf_table(["项目", "2026年", "2025年", "说明"], [
        ["在保设备（台）", "5,130", "4,420", f"江苏{INSTALLED['江苏']:,}台、安徽{INSTALLED['安徽']:,}台"],
        ["维修工单（单）", f"{t['total']}", "231（全年）", f"江苏{t['js']}单、安徽{t['ah']}单；远程解决{t['remote']}单"],
        ["30分钟电话响应率", f"{t['resp']:.1%}", "98.6%", ""],
        ["到场及时率", f"{t['onsite']:.1%}", "95.2%", f"江苏{t['onsite_js']:.1%}，安徽{t['onsite_ah']:.1%}"],
        ["修复及时率", f"{t['repair']:.1%}", "93.8%", f"超时{t['repair_late']}单，其中厂家订货和返厂{t['maker_late']}单"],
        ["PM按期完成率（1—10月）", f"{p['rate']:.1%}", "94.1%", f"江苏{p['rate_js']:.1%}，安徽{p['rate_ah']:.1%}"],
        ["新机装机", f"{len(inst)}批{sum(r['qty'] for r in inst)}台", "58批", f"按期到货{sum(1 for r in inst if r['ontime'] == '是')}批，"
         f"到货后3个工作日内装好{sum(1 for r in inst if r['wd'] <= 3)}批"],
        ["回访满意率", f"{t['visit']:.1%}", "96.8%", f"回访{t['visit_n']}单，另有{t['visit_unreached']}单未接通"],
        ["客户投诉（件）", f"{c['n']}", "33", f"解决率{c['solve_rate']:.1%}，处理及时率{c['timely']:.1%}"],
        ["医院满意度（分）", "90.7", "89.8", "6月调查，江苏92.4、安徽85.7"],
        ["400接通率", "96.2%", "95.4%", ""],
    ], [4.0 * cm, 3.0 * cm, 2.6 * cm, WIDTH - 9.6 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))

    a.p("二、主要工作", "h2")
    a.p(f"（一）维修。全年受理报修{t['total']}单，其中A级（生命支持类）{t['life']}单。需总部调拨配件的{t['dispatch_n']}单，"
        f"中心库24小时内发出率{t['dispatch']:.1%}。江苏区域提供周转机{t['spare_given']}次；安徽区域有{t['spare_ah_none']}单"
        "预计修复超过3天，因没有周转机未能提供。")
    a.p(f"（二）PM和质控检测。1—10月到期PM任务{p['due']}项、{p['units']:,}台次，按期完成率{p['rate']:.1%}；"
        f"检测中发现电气安全不合格{p['safety_bad']}项、性能超差{p['perf_bad']}项，均已处理或通知设备科停用。"
        f"9月“设备安全月”为{len(FREE_CHECK)}家医院的{sum(x[3] for x in FREE_CHECK)}台保外设备免费做了电气安全检测。")
    a.p("（三）超声探头检测服务。4月购置探头阵元检测仪后，新增超声探头检测服务：PM时对探头逐支检测阵元和声透镜，出具检测报告，"
        "把过去要等医生发现图像异常才报修的探头问题提前发现。截至10月底检测探头412支，发现阵元异常37支，其中21支在图像出现问题前完成维修或更换。")
    a.p("（四）输液泵泵门卡扣问题。7月南京仁和医院ICU报修泵门关不严，工程师排查发现同批次23台卡扣有裂纹，当天填写质量信息反馈单报杭州泰输，"
        "同时按预案上报可疑不良事件。厂家8月发布现场纠正通知，公司10月底前完成苏皖两省312台卡扣更换。")
    a.p(f"（五）装机和临床培训。全年装机{len(inst)}批，临床操作培训{clinical}场、{clinical_people:,}人次。5批设备因厂家缺货或物流原因未按合同日期到货，"
        "均提前书面告知医院。")
    a.p(f"（六）工程师队伍。内部培训{len(STAFF_TRAINING)}场；厂家认证培训5批，新取得认证{new_certs}人。"
        "监护、呼吸、输注三条产品线在五个服务站都有认证工程师；超声在南通站还没有认证工程师，内镜认证工程师仍只有南京2人、苏州1人。")
    a.p("（七）满意度调查。6月向72家医院发放问卷，回收有效问卷58份，综合90.7分，比去年提高0.9分；得分最低的是“周转机保障”（84.7分）和“收费透明度”（87.2分）。")
    a.p("（八）改进事项：")
    a.add(pdf_table(["问题", "原因", "措施", "效果"], [
        ["保外报价漏列上门费（3月投诉）", "报价单模板没有上门费栏目", "报价单模板增加上门费，调度回访时核对收费", "4月后未再发生"],
        ["PM报告提交慢（3—5月投诉）", "报告由工程师回站后手工整理", "PM报告改为现场平板填写、当日生成", "报告平均提交时间由6.2天降到2.1天"],
        ["A级报修被按B级派单", "调度员不熟悉科室和设备的对应关系", "编制A级报修识别清单，10月组织调度员分级培训", "10月抽查仍有1单，11月起每单复核"],
        ["周转机电池不耐用（4月投诉）", "周转机出库只做功能检查", "出库检查增加电池续航测试", "未再发生"],
    ], [3.8 * cm, 3.6 * cm, 5.2 * cm, WIDTH - 12.6 * cm]))
    a.add(Spacer(1, 4))

    a.p("三、存在的问题", "h2")
    for x in [
        f"1．安徽区域服务能力不足。合肥站5名工程师要管全省（阜阳、亳州除外）约1,400台设备，人均是江苏的两倍；安徽到场及时率{t['onsite_ah']:.1%}、"
        f"PM按期完成率{p['rate_ah']:.1%}，都明显低于江苏。皖北的宿州、淮北、蚌埠一带没有服务网点，只能从合肥出发。",
        f"2．修复及时率{t['repair']:.1%}，没有达到95%的目标。超时的主要是厂家订货和返厂工单，内镜需厂家订货或返厂的工单平均修复用时{t['endo_days']:.0f}天。",
        "3．周转机只在江苏提供。《设备维修及备用机管理规定》还是2023年的版本，安徽区域的周转机和到场时限都没有按手册修订；5月芜湖内镜返厂41天期间没有周转镜，医院投诉。",
        "4．“康仪服务”公众号5月发布的文章写“苏皖全境24小时内到场”“维修期间免费提供周转机”，与手册的承诺不一致，6月蚌埠的投诉就是因此引起的；已要求市场部修改，目前尚未更正。",
        f"5．投诉{c['n']}件，比去年增加；每百台在保设备投诉由0.75件升到{c['n'] / 51.3:.2f}件。未解决的2件都是保外收费争议。",
        "6．大客户服务制度还是征求意见稿，三级医院目前由销售部大客户经理兼管，没有专职的大客户服务人员。",
        "7．康仪服务云只管工单和设备档案，PM计划和配件库存还在Excel和用友U8里，保外设备的档案也不全。",
        "8．客服调度组没有单独的工作制度，分级、排班、质检主要靠组长的经验；内审发现A级报修被按B级派单。",
        "9．合作服务商第二、三季度没有考核，协议里的扣款也没有执行。",
        "10．A类客户月度拜访计划执行率只有62%，拜访记录不全。",
        "11．合肥站更换下来的废旧电池和电路板约0.6吨，还堆放在站里，没有和安徽当地有资质的单位签处置协议。",
        "12．公司没有设立服务创新方面的专项经费，探头检测这样的新项目要逐项申请。",
        "13．工程师常年在外，部门内部的集体活动很少。",
    ]:
        a.p(x, "sub")

    a.p("四、2027年工作计划", "h2")
    for x in [
        "1．合肥站配置周转机，修订《设备维修及备用机管理规定》，周转机和到场时限覆盖安徽；下半年在蚌埠设皖北服务点，合肥站增加工程师3名。",
        "2．发布《大客户服务管理办法》，设专职大客户服务经理2名。",
        "3．计划2027年上半年康仪服务云上线PM和配件模块，与用友U8打通。",
        "4．拟与东南大学生物医学工程学院合作，研究呼吸机涡轮和监护仪血压模块的故障预测，减少突发停机。",
        "5．拟申请作为参编单位参与江苏省医学装备协会团体标准《医用输注泵预防性维护技术规范》的起草。",
        "6．拟每半年举办一次面向设备科的“临床工程沙龙”，逢年过节向设备科和临床科室送上问候。",
        "7．在年度满意度调查中增加对各服务站的评比。",
        "8．公司官网改版，增加在线报修和服务政策栏目。",
        "9．制定客户信息及设备数据安全管理办法，明确返厂设备中病人数据的清除和远程维护的授权。",
        "10．与安徽当地有资质的单位签订废旧电池、电路板处置协议。",
        "11．编制客服调度组工作规范。",
    ]:
        a.p(x, "sub")
    a.add(Spacer(1, 10))
    a.p("编制：陈晓峰　　审核：孙立军　　2026年11月21日", "right")
    build_pdf(out / "2026年度售后服务工作总结及2027年工作计划.pdf", a.story,
              title="2026年度售后服务工作总结及2027年工作计划", author="陈晓峰",
              subject="年度工作总结", header_text="技术服务中心", date=d(2026, 11, 21, 16, 40))


# --------------------------------------------------------------------------- #
# TXT. 公众号文章
# --------------------------------------------------------------------------- #

WECHAT_TXT = f"""康仪服务｜设备报修指南和我们的服务承诺
（“康仪服务”公众号文章，市场部发布，2026年5月12日）

设备在线，临床安心。
这是康仪对每一家合作医院的承诺。下面这份报修指南，建议设备科的老师们收藏、转发给临床科室。

一、怎么报修
1. 拨打服务热线 {HOTLINE}
   · 急修（呼吸机、ICU/急诊/手术室监护仪等）：7×24小时人工受理
   · 一般报修和咨询：工作日 8:00—18:00，其他时间可以留言，次日9:00前回电
2. 在本公众号点击“康仪服务”—“我要报修”，填写医院、科室、设备和故障现象，可以上传照片或视频。
3. 联系负责贵院的工程师或驻场工程师。
报修时请告诉我们设备型号和机身上的序列号，方便工程师带对配件。

二、我们的承诺
· 报修后30分钟内，工程师电话联系您，先远程帮您判断故障。
· 南京、苏州、徐州、南通、合肥市区4小时内到场，急修2小时内到场；苏皖全境24小时内到场。
· 维修期间免费提供周转机，保障临床不停机。
· 新设备到货后3个工作日内安装调试完毕，并为科室做操作培训。
· 按维保合同按时上门做预防性维护和质控检测，检测报告5个工作日内交设备科。

三、收费说明
· 保修期内、全保合同内的维修免费。
· 保修期外的维修，工程师先出报价单（配件、工时费、上门费），设备科签字同意后再修；不修的只收检测费。
· 同一故障修好后90天内复发，免工时费和上门费。

四、投诉和建议
对我们的服务不满意，请拨打质量管理部投诉电话 {QA_TEL}（工作日8:30—17:30），或发邮件到 {MAIL}，也可以在公众号留言，我们会在2小时内联系您。

五、其他
· 公司官网（www.kangyi-med.com.cn）正在改版，改版期间暂不提供在线报修，请通过热线或本公众号报修。
· 厂家发布软件升级或安全通知时，我们会主动联系贵院上门处理。

江苏康仪医疗设备服务有限公司
南京市江宁区
"""


def make_wechat_txt(out: Path):
    (out / "康仪服务公众号文章：设备报修指南和服务承诺（2026年5月）.txt").write_text(WECHAT_TXT, encoding="utf-8")


# --------------------------------------------------------------------------- #

def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    tickets = ticket_rows()
    pms = pm_rows()
    inst = install_rows()
    comp = complaint_rows()
    contracts = contract_rows()
    assess = assessment_rows()
    sep30 = dt.date(2026, 9, 30)
    for make in (make_manual, make_repair_rule, make_pm_procedure, make_install_guide,
                 make_complaint_procedure, make_key_account_draft, make_emergency_pdf, make_wechat_txt):
        make(out)
    make_ticket_ledger(out, tickets, ticket_stats(tickets))
    make_pm_ledger(out, pms, contracts)
    make_install_training(out, inst)
    make_complaint_book(out, comp, tickets, assess)
    make_review_pdf(out, ticket_stats(tickets, upto=sep30), pm_stats(pms, upto=sep30),
                    complaint_stats([r for r in comp if r["day"] <= sep30]),
                    install_stats([r for r in inst if r["arrive"] <= sep30]))
    make_summary_pdf(out, ticket_stats(tickets), pm_stats(pms), complaint_stats(comp), inst)
    for f in sorted(out.iterdir()):
        if f.suffix in (".docx", ".pdf", ".xlsx", ".txt"):
            print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main(sys.argv)
