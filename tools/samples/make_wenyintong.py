"""Generate the sample document set of 杭州文印通办公设备有限公司 (a fictional company).

An authorised dealer and service provider of office equipment (柯睿 复印机/多功能一体机 and
打印机, 明视达 投影仪) for companies, schools and hospitals in 杭州 and 绍兴: sales with
送货安装, 全保/半保 维保合同 (按张计费, 抄表), 上门维修, 耗材配送, 备用机, 以旧换新 and
旧机回收.  The files are written to evidence_samples/wenyintong-office/.  All content lives in
this script; the output is deterministic (fixed dates, seeded RNG, fixed ZIP timestamps, fixed
PDF dates).

    /work/venv/bin/python tools/samples/make_wenyintong.py [output_dir]

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
DEFAULT_OUT = ROOT / "evidence_samples" / "wenyintong-office"
COMPANY = "杭州文印通办公设备有限公司"
HOTLINE = "400-826-3318"
COMPLAINT_TEL = "0571-88265017"
MAIL = "service@wenyintong.com.cn"
WECHAT = "文印通服务"

DocxBuilder = partial(common.DocxBuilder, company=COMPANY)
build_pdf = partial(common.build_pdf, company=COMPANY)
xlsx_sheet = partial(common.xlsx_sheet, head_fill="FCE4D6")

WIDTH = A4[0] - 4.4 * cm
AS_OF = dt.date(2026, 11, 20)
DT_FMT = "yyyy-mm-dd hh:mm"

# --------------------------------------------------------------------------- #
# working calendar (服务时间 周一至周六 8:30—17:30, 法定节假日除外)
# --------------------------------------------------------------------------- #


def _span(a: dt.date, b: dt.date):
    out = []
    x = a
    while x <= b:
        out.append(x)
        x += dt.timedelta(days=1)
    return out


HOLIDAYS = frozenset(
    day
    for a, b in [((1, 1), (1, 3)), ((2, 15), (2, 23)), ((4, 4), (4, 6)), ((5, 1), (5, 5)),
                 ((6, 19), (6, 21)), ((9, 25), (9, 27)), ((10, 1), (10, 7))]
    for day in _span(dt.date(2026, *a), dt.date(2026, *b))
)
OPEN = dt.time(8, 30)
CLOSE = dt.time(17, 30)


def is_workday(x: dt.date) -> bool:
    return x.weekday() != 6 and x not in HOLIDAYS


def next_workday(x: dt.date, n: int = 1) -> dt.date:
    while n > 0:
        x += dt.timedelta(days=1)
        if is_workday(x):
            n -= 1
    return x


def clamp_start(t: dt.datetime) -> dt.datetime:
    """The moment the clock starts: inside working hours, else the next opening."""
    day = t.date()
    if not is_workday(day) or t.time() >= CLOSE:
        return dt.datetime.combine(next_workday(day), OPEN)
    if t.time() < OPEN:
        return dt.datetime.combine(day, OPEN)
    return t


def add_work_minutes(t: dt.datetime, minutes: float) -> dt.datetime:
    t = clamp_start(t)
    while True:
        end = dt.datetime.combine(t.date(), CLOSE)
        avail = (end - t).total_seconds() / 60
        if minutes <= avail:
            return t + dt.timedelta(minutes=round(minutes))
        minutes -= avail
        t = dt.datetime.combine(next_workday(t.date()), OPEN)


def work_minutes_between(a: dt.datetime, b: dt.datetime) -> float:
    a = clamp_start(a)
    total = 0.0
    while a.date() < b.date():
        total += (dt.datetime.combine(a.date(), CLOSE) - a).total_seconds() / 60
        a = dt.datetime.combine(next_workday(a.date()), OPEN)
    return total + max(0.0, (b - a).total_seconds() / 60)


def workdays_after(a: dt.date, b: dt.date) -> int:
    """Working days in (a, b]."""
    n = 0
    x = a
    while x < b:
        x += dt.timedelta(days=1)
        if is_workday(x):
            n += 1
    return n


def workdays_in_month(rng, year, month, count, last_day=None):
    first = dt.date(year, month, 1)
    last = (dt.date(year, month + 1, 1) - dt.timedelta(days=1)) if month < 12 else dt.date(year, 12, 31)
    if last_day:
        last = dt.date(year, month, last_day)
    days = [x for x in _span(first, last) if is_workday(x)]
    return sorted(rng.choice(days) for _ in range(count))


def at(day: dt.date, hh: int, mm: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


def md(x: dt.date) -> str:
    return f"{x.month}月{x.day}日"


def pct(x: float) -> str:
    return f"{x * 100:.1f}%"


# --------------------------------------------------------------------------- #
# areas, stations, staff
# --------------------------------------------------------------------------- #

# area -> (city, zone, arrival limit in working hours or None = 次个工作日, station)
AREAS = {
    "上城区": ("杭州", "杭州主城区", 4, "杭州站"),
    "拱墅区": ("杭州", "杭州主城区", 4, "杭州站"),
    "西湖区": ("杭州", "杭州主城区", 4, "杭州站"),
    "滨江区": ("杭州", "杭州主城区", 4, "杭州站"),
    "萧山区": ("杭州", "萧山、余杭、临平、钱塘", 6, "杭州站"),
    "余杭区": ("杭州", "萧山、余杭、临平、钱塘", 6, "杭州站"),
    "临平区": ("杭州", "萧山、余杭、临平、钱塘", 6, "杭州站"),
    "钱塘区": ("杭州", "萧山、余杭、临平、钱塘", 6, "杭州站"),
    "富阳区": ("杭州", "富阳、临安及三县市", None, "杭州站"),
    "临安区": ("杭州", "富阳、临安及三县市", None, "杭州站"),
    "建德市": ("杭州", "富阳、临安及三县市", None, "杭州站"),
    "淳安县": ("杭州", "富阳、临安及三县市", None, "杭州站"),
    "越城区": ("绍兴", "绍兴越城、柯桥", 4, "绍兴站"),
    "柯桥区": ("绍兴", "绍兴越城、柯桥", 4, "绍兴站"),
    "上虞区": ("绍兴", "上虞", 6, "绍兴站"),
    "诸暨市": ("绍兴", "诸暨、嵊州、新昌", None, "恒达"),
    "嵊州市": ("绍兴", "诸暨、嵊州、新昌", None, "恒达"),
    "新昌县": ("绍兴", "诸暨、嵊州、新昌", None, "恒达"),
}
SELF_DELIVERY = ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区",
                 "富阳区"]
SX_SELF_FROM = dt.date(2026, 9, 1)  # 绍兴站前置耗材库存，越城/柯桥/上虞改为自送

# name, available from (independent work after 岗前培训及跟岗)
ENGINEERS = {
    "杭州站": [("李明辉", None), ("赵磊", None), ("钱鹏", None), ("孙浩", None), ("吴俊杰", None),
             ("郑凯", None), ("王超", None), ("冯立", None), ("陈志远", None),
             ("韩旭", dt.date(2026, 4, 1)), ("蒋文斌", dt.date(2026, 4, 1)),
             ("卫东升", dt.date(2026, 7, 6)), ("褚健", dt.date(2026, 9, 28))],
    "绍兴站": [("沈涛", None), ("韩冬", None), ("杨帆", None), ("傅建伟", None),
             ("秦亮", dt.date(2026, 5, 6)), ("朱勇", dt.date(2026, 9, 28))],
    "恒达": [("恒达-楼国华", None), ("恒达-何斌", None)],
}
TECH_SUPPORT = ["金涛", "潘宇"]
DRIVERS = ["汪建国", "邵军", "柳永强"]


def engineer_for(rng, station, day):
    pool = [n for n, since in ENGINEERS[station] if since is None or day >= since]
    return rng.choice(pool)


# --------------------------------------------------------------------------- #
# customers and their machines
# --------------------------------------------------------------------------- #

# model -> (description, serial prefix, kind, colour)
MODELS = {
    "柯睿 MX-C3530": ("彩色A3复合机", "KRC35", "mfp", True),
    "柯睿 MX-C2520": ("彩色A3复合机", "KRC25", "mfp", True),
    "柯睿 MX-4520": ("黑白A3复合机", "KR452", "mfp", False),
    "柯睿 MX-6055": ("黑白高速复合机", "KR605", "mfp", False),
    "柯睿 P-4010DN": ("黑白激光打印机", "KP401", "printer", False),
    "柯睿 P-C3100": ("彩色激光打印机", "KPC31", "printer", True),
    "明视达 EP-X52": ("教学投影仪", "MSX52", "projector", False),
    "明视达 EP-W610": ("会议投影仪", "MSW61", "projector", False),
    "明视达 EP-L780U": ("激光工程投影机", "MSL78", "projector", False),
}

# name, type, area, contract, 联系人
CUSTOMERS = [
    ("杭州汇川数码科技有限公司", "企业", "拱墅区", "全保", "行政部 方敏"),
    ("杭州中诚会计师事务所有限公司", "企业", "西湖区", "全保", "综合部 杜丽华"),
    ("杭州蓝鲸网络科技有限公司", "企业", "滨江区", "半保", "行政 周琪"),
    ("浙江立信建设工程咨询有限公司", "企业", "上城区", "全保", "办公室 高建"),
    ("杭州宏达物流有限公司", "企业", "萧山区", "半保", "行政部 孔燕"),
    ("杭州瑞丰纺织品进出口有限公司", "企业", "余杭区", "半保", "单证部 罗娟"),
    ("杭州佳禾律师事务所", "企业", "上城区", "全保", "行政 胡蓉"),
    ("杭州天成电器有限公司", "企业", "临平区", "半保", "总经办 石磊"),
    ("杭州远望建筑设计院有限公司", "企业", "西湖区", "全保", "图文室 邹凯"),
    ("杭州华联置业有限公司", "企业", "富阳区", "半保", "行政部 谭晓"),
    ("杭州钱塘新材料股份有限公司", "企业", "钱塘区", "全保", "行政部 倪芳"),
    ("绍兴永盛纺织印染有限公司", "企业", "柯桥区", "全保", "生产部 俞建新"),
    ("绍兴越州黄酒有限公司", "企业", "越城区", "半保", "办公室 茹静"),
    ("绍兴众创电子有限公司", "企业", "上虞区", "半保", "行政 裘伟"),
    ("绍兴柯桥轻纺城物业管理有限公司", "企业", "柯桥区", "全保", "综合办 骆雪芬"),
    ("诸暨华东袜业有限公司", "企业", "诸暨市", "半保", "行政 宣丽"),
    ("杭州明德财税服务有限公司", "企业", "拱墅区", "无合同", "出纳 许晴"),
    ("杭州东方印象广告有限公司", "企业", "西湖区", "无合同", "设计部 吕阳"),
    ("杭州市拱墅区明远中学", "学校", "拱墅区", "全保", "总务处 汤老师"),
    ("杭州市西湖区紫荆小学", "学校", "西湖区", "全保", "信息中心 项老师"),
    ("杭州市滨江区江晖小学", "学校", "滨江区", "半保", "总务处 程老师"),
    ("杭州市萧山区湘南初级中学", "学校", "萧山区", "全保", "教务处 倪老师"),
    ("杭州市余杭区仁和第二小学", "学校", "余杭区", "半保", "总务处 沈老师"),
    ("杭州市富阳区春江中学", "学校", "富阳区", "半保", "信息中心 孙老师"),
    ("杭州市临安区锦城第三小学", "学校", "临安区", "半保", "总务处 章老师"),
    ("杭州城市职业技术学校", "学校", "拱墅区", "全保", "资产处 葛老师"),
    ("绍兴市越城区稽山实验小学", "学校", "越城区", "全保", "总务处 钟老师"),
    ("绍兴市柯桥区鉴湖中学", "学校", "柯桥区", "全保", "教务处 王老师"),
    ("绍兴市上虞区曹娥实验学校", "学校", "上虞区", "半保", "总务处 陶老师"),
    ("嵊州市剡溪小学", "学校", "嵊州市", "半保", "总务处 马老师"),
    ("新昌县南明中学", "学校", "新昌县", "半保", "教务处 潘老师"),
    ("杭州城北康复医院", "医院", "拱墅区", "全保", "信息科 林工"),
    ("杭州市西湖区三墩社区卫生服务中心", "医院", "西湖区", "全保", "办公室 应主任"),
    ("杭州仁济骨科医院", "医院", "上城区", "全保", "设备科 叶工"),
    ("杭州萧山和睦医院", "医院", "萧山区", "全保", "信息科 蔡工"),
    ("杭州钱塘口腔医院", "医院", "钱塘区", "半保", "院办 戚敏"),
    ("绍兴和济医院", "医院", "越城区", "全保", "信息科 董工"),
    ("绍兴市柯桥区华舍街道社区卫生服务中心", "医院", "柯桥区", "全保", "办公室 金主任"),
    ("建德市新安江中医骨伤医院", "医院", "建德市", "半保", "设备科 黄工"),
    ("淳安千岛湖康复医院", "医院", "淳安县", "半保", "院办 余敏"),
]
CUST = {c[0]: c for c in CUSTOMERS}


def build_fleets():
    """Machines in service at each customer (model, serial, installed), deterministic."""
    rng = random.Random(3318)
    fleets = {}
    used = []
    for name, ctype, _area, _contract, _who in CUSTOMERS:
        plan = []
        if ctype == "企业":
            plan += [rng.choice(["柯睿 MX-4520", "柯睿 MX-4520", "柯睿 MX-C2520", "柯睿 MX-6055"])
                     for _ in range(rng.randint(1, 3))]
            plan += ["柯睿 P-4010DN"] * rng.randint(1, 3) + ["柯睿 P-C3100"] * rng.randint(0, 1)
            plan += ["明视达 EP-W610"] * rng.randint(0, 2)
        elif ctype == "学校":
            plan += ["柯睿 MX-6055"] * rng.randint(1, 2) + ["柯睿 MX-4520"] * rng.randint(1, 3)
            plan += ["柯睿 P-4010DN"] * rng.randint(1, 2)
            plan += ["明视达 EP-X52"] * rng.randint(3, 7) + ["明视达 EP-L780U"] * rng.randint(0, 1)
        else:
            plan += ["柯睿 MX-4520"] * rng.randint(2, 4) + ["柯睿 MX-C2520"] * rng.randint(0, 1)
            plan += ["柯睿 P-4010DN"] * rng.randint(3, 7) + ["明视达 EP-W610"] * rng.randint(0, 1)
        machines = []
        for model in plan:
            while True:
                serial = f"{MODELS[model][1]}{rng.randint(100000, 999999)}"
                if serial not in used:
                    used.append(serial)
                    break
            installed = dt.date(2019, 3, 1) + dt.timedelta(days=rng.randint(0, 2400))
            machines.append((model, serial, installed))
        fleets[name] = machines
    return fleets


FLEETS = build_fleets()
# the machines the fixed cases below refer to
FLEETS["杭州城北康复医院"][0] = ("柯睿 MX-4520", "KR452318807", dt.date(2023, 5, 16))
FLEETS["绍兴永盛纺织印染有限公司"][0] = ("柯睿 MX-6055", "KR605207731", dt.date(2022, 9, 3))
FLEETS["杭州市拱墅区明远中学"][-1] = ("明视达 EP-X52", "MSX52460215", dt.date(2021, 8, 26))
FLEETS["杭州市余杭区仁和第二小学"][-1] = ("柯睿 P-4010DN", "KP401573390", dt.date(2022, 3, 11))


def warranty_until(model, installed):
    years = 2 if MODELS[model][2] == "projector" else 1
    return installed.replace(year=installed.year + years)


QB_CONTRACTS = [c for c in CUSTOMERS if c[3] == "全保"]

# --------------------------------------------------------------------------- #
# faults (variants: text, measure, part, price, part kind: stock | order | None)
# --------------------------------------------------------------------------- #

FAULTS = {
    "mfp": [
        ("卡纸", 16, [("纸盒2频繁卡纸", "清洁搓纸轮、分页轮，调整纸盒导板", None, 0, None),
                      ("双面器处卡纸", "更换双面单元分页轮，清洁传感器", "分页轮", 45, "stock"),
                      ("手送台进纸歪斜卡纸", "调整手送导板，清洁手送搓纸轮", None, 0, None)]),
        ("不进纸", 10, [("纸盒不进纸，面板提示J-101", "更换纸盒搓纸轮组件", "搓纸轮组件", 120, "stock"),
                        ("纸盒1进纸报错，偶尔空转", "更换纸盒搓纸轮组件", "搓纸轮组件", 120, "stock")]),
        ("图像", 14, [("复印件有黑色竖线", "清洁扫描玻璃及稿台反光条", None, 0, None),
                      ("复印件底灰重", "清洁充电辊，更换感光鼓", "感光鼓", 680, "stock"),
                      ("复印件有周期性白点", "更换感光鼓，测试", "感光鼓", 680, "stock"),
                      ("打印件颜色偏红", "执行色彩校准，清洁转印带", None, 0, None)]),
        ("定影", 9, [("报SC542定影温度异常", "更换定影组件，测试100张", "定影组件", 1850, "stock"),
                     ("复印件掉粉，手一擦就花", "更换定影组件，测试100张", "定影组件", 1850, "stock"),
                     ("定影处卡纸并有焦糊味", "更换定影组件及分离爪", "定影组件", 1850, "stock")]),
        ("扫描网络", 12, [("扫描到文件夹失败", "重新设置SMB共享和地址簿", None, 0, None),
                          ("新电脑无法连接打印", "安装驱动，设置网络端口", None, 0, None),
                          ("扫描到邮箱报错", "修改SMTP设置，测试发送", None, 0, None)]),
        ("输稿器", 7, [("输稿器卡纸", "清洁并更换输稿器搓纸轮", "输稿器搓纸轮", 160, "stock"),
                       ("输稿器双面扫描歪斜", "调整输稿器导板，清洁", None, 0, None)]),
        ("异响", 5, [("运行时主马达处异响", "更换驱动齿轮组并润滑", "驱动齿轮组", 260, "stock"),
                     ("出纸部异响", "清洁润滑出纸辊轴套", None, 0, None)]),
        ("主板部件", 4, [("开机报SC320激光单元错误", "订购激光单元，到货后更换", "激光单元", 2600, "order"),
                         ("操作面板触摸失灵", "订购操作面板，到货后更换", "操作面板", 1400, "order")]),
    ],
    "printer": [
        ("卡纸", 12, [("打印时频繁卡纸", "清洁搓纸轮，取出纸屑", None, 0, None),
                      ("出纸口卡纸", "更换出纸辊", "出纸辊", 65, "stock")]),
        ("打印质量", 12, [("打印件有重影", "更换硒鼓，测试", "硒鼓", 520, "stock"),
                          ("打印件发黑有黑点", "清洁转印辊，更换硒鼓", "硒鼓", 520, "stock"),
                          ("打印件一侧发淡", "摇匀碳粉，清洁激光窗口", None, 0, None)]),
        ("网络打印", 9, [("电脑无法找到打印机", "重设IP地址，重装驱动", None, 0, None),
                         ("打印任务卡在队列", "清除队列，更新驱动", None, 0, None)]),
        ("不进纸", 7, [("纸盒不进纸", "更换搓纸轮", "搓纸轮", 85, "stock")]),
        ("定影", 4, [("打印件掉粉", "更换定影器", "定影器", 680, "stock")]),
    ],
    "projector": [
        ("亮度", 10, [("画面发暗偏黄", "清洁滤网和光路，更换灯泡", "灯泡", 680, "stock"),
                      ("亮度明显不足", "更换灯泡，重置灯泡计时", "灯泡", 680, "stock")]),
        ("过热", 8, [("使用半小时自动关机，提示过热", "清洁滤网和风道", None, 0, None),
                     ("风扇噪声大后关机", "更换散热风扇", "散热风扇", 150, "stock")]),
        ("无信号", 8, [("电脑连接后无信号", "更换HDMI线，调整信号源设置", None, 0, None),
                       ("讲台切换器无信号输出", "检查切换器，重新接线", None, 0, None)]),
        ("光源", 3, [("开机光源不亮", "光源模块返厂维修", "光源模块（返厂）", 3200, "order"),
                     ("画面有明显色斑", "光学引擎返厂维修", "光学引擎（返厂）", 2900, "order")]),
    ],
}
PHONE_CASES = [
    ("新电脑装不上打印驱动", "微信发送驱动下载链接，远程指导安装"),
    ("扫描文件找不到保存位置", "电话指导查看共享文件夹路径"),
    ("面板提示更换废粉盒，不知道怎么换", "微信视频指导更换"),
    ("投影仪无信号", "电话指导切换信号源，恢复"),
    ("卡纸报警，纸已取出仍报警", "电话指导打开后盖取出残纸"),
    ("想设置双面默认打印", "电话指导修改驱动首选项"),
]
VISIT_FEE = {4: 80, 6: 120, None: 150}


def _weighted(rng, items, weight_of):
    ws = [weight_of(i) for i in items]
    r = rng.random() * sum(ws)
    for it, w in zip(items, ws, strict=True):
        r -= w
        if r < 0:
            return it
    return items[-1]


# --------------------------------------------------------------------------- #
# the 2026 work-order ledger
# --------------------------------------------------------------------------- #

MONTH_COUNTS = {1: 23, 2: 13, 3: 25, 4: 25, 5: 24, 6: 24, 7: 22, 8: 21, 9: 30, 10: 21, 11: 14}

# fixed cases the other documents refer to; key -> fields
SPECIAL = {
    "yuanwang": dict(day=dt.date(2026, 1, 12), time=(10, 20), cust="杭州远望建筑设计院有限公司",
                     kind="故障维修", model="柯睿 MX-C2520", channel="400电话",
                     fault=("图像", 0), arrive_h=8.4, resp=14, no_part=True,
                     note="客户称销售承诺2小时上门；客户已投诉"),
    "chengbei1": dict(day=dt.date(2026, 3, 4), time=(9, 5), cust="杭州城北康复医院", kind="故障维修",
                      machine=0, channel="微信服务号", fault=("不进纸", 0), arrive_h=2.2, resp=12,
                      same_day=True),
    "chengbei2": dict(day=dt.date(2026, 3, 16), time=(14, 40), cust="杭州城北康复医院", kind="故障维修",
                      machine=0, channel="400电话", fault=("卡纸", 0), arrive_h=1.6, resp=9,
                      no_part=True),
    "chengbei3": dict(day=dt.date(2026, 3, 19), time=(8, 50), cust="杭州城北康复医院", kind="故障维修",
                      machine=0, channel="微信服务号", fault=("不进纸", 1), arrive_h=3.1, resp=18,
                      engineer="周斌", same_day=True,
                      measure="技术主管周斌上门，更换纸盒1、2搓纸轮组件及分页轮整套",
                      note="30天内第3次报修；客户已投诉"),
    "yongsheng": dict(day=dt.date(2026, 4, 27), time=(9, 40), cust="绍兴永盛纺织印染有限公司",
                      kind="故障维修", machine=0, channel="400电话", fault=("定影", 0), arrive_h=3.2,
                      resp=11, wait=9, note="定影组件缺货，向柯睿华东库调货"),
    "mingyuan1": dict(day=dt.date(2026, 5, 20), time=(13, 30), cust="杭州市拱墅区明远中学",
                      kind="故障维修", machine=-1, channel="微信服务号", fault=("过热", 0),
                      arrive_h=2.0, resp=7, no_part=True),
    "mingyuan2": dict(day=dt.date(2026, 6, 3), time=(10, 10), cust="杭州市拱墅区明远中学",
                      kind="故障维修", machine=-1, channel="400电话", fault=("过热", 1),
                      arrive_h=1.5, resp=10, same_day=True, note="14天内重复报修"),
    "jiahe": dict(day=dt.date(2026, 6, 16), time=(15, 10), cust="杭州佳禾律师事务所", kind="故障维修",
                  model="柯睿 MX-4520", channel="400电话", fault=("扫描网络", 0), arrive_h=1.2,
                  resp=16, engineer="王超", no_part=True),
    "renhe": dict(day=dt.date(2026, 9, 23), time=(8, 40), cust="杭州市余杭区仁和第二小学",
                  kind="故障维修", machine=-1, channel="400电话", fault=("打印质量", 1),
                  arrive_h=3.6, resp=15, same_day=True,
                  fault_text="打印件发黑漏粉，弄脏试卷（使用本公司兼容硒鼓）",
                  measure="更换为原装硒鼓，清洁机内漏粉", note="兼容硒鼓漏粉；客户投诉"),
    "hemu": dict(day=dt.date(2026, 11, 17), time=(19, 40), cust="杭州萧山和睦医院", kind="故障维修",
                 model="柯睿 MX-4520", channel="微信服务号", fault=("卡纸", 0), arrive_h=4.5, resp=95,
                 no_part=True, note="客户称白天多次拨打400无人接听"),
    "qiantang": dict(day=dt.date(2026, 11, 13), time=(9, 15), cust="杭州钱塘新材料股份有限公司",
                     kind="故障维修", model="柯睿 MX-4520", channel="400电话", fault=("主板部件", 0),
                     arrive_h=3.4, resp=12, wait=8, note="激光单元已向柯睿订货，预计11月23日到货"),
}

EXAM_DUTY = [  # 考试季驻场保障 (学校申请)
    (dt.date(2026, 1, 19), "杭州市拱墅区明远中学", "期末考试试卷印制", 2),
    (dt.date(2026, 1, 20), "绍兴市越城区稽山实验小学", "期末考试试卷印制", 1),
    (dt.date(2026, 6, 8), "杭州市萧山区湘南初级中学", "中考模拟及期末试卷印制", 2),
    (dt.date(2026, 6, 10), "杭州市拱墅区明远中学", "期末考试试卷印制", 2),
    (dt.date(2026, 6, 11), "绍兴市柯桥区鉴湖中学", "期末考试试卷印制", 2),
    (dt.date(2026, 6, 22), "杭州市西湖区紫荆小学", "期末考试试卷印制", 1),
    (dt.date(2026, 6, 23), "杭州城市职业技术学校", "期末考试试卷印制", 2),
    (dt.date(2026, 6, 24), "绍兴市越城区稽山实验小学", "期末考试试卷印制", 1),
]


class Backups:
    """备用机 pool per station and kind; lends the first unit free on the day."""

    UNITS = [
        ("BY-01", "柯睿 MX-4520", "杭州站"), ("BY-02", "柯睿 MX-4520", "杭州站"),
        ("BY-03", "柯睿 MX-4520", "杭州站"), ("BY-04", "柯睿 MX-6055", "杭州站"),
        ("BY-05", "柯睿 MX-4520", "绍兴站"), ("BY-06", "柯睿 MX-C2520", "杭州站"),
        ("BY-07", "柯睿 MX-4520", "杭州站"), ("BY-08", "柯睿 MX-6055", "杭州站"),
        ("BY-09", "柯睿 MX-4520", "绍兴站"), ("BY-10", "柯睿 P-4010DN", "杭州站"),
        ("BY-11", "柯睿 P-4010DN", "杭州站"), ("BY-12", "柯睿 P-4010DN", "绍兴站"),
        ("BY-13", "明视达 EP-X52", "杭州站"), ("BY-14", "明视达 EP-X52", "杭州站"),
        ("BY-15", "明视达 EP-W610", "杭州站"), ("BY-16", "柯睿 MX-4520", "杭州站"),
    ]

    def __init__(self):
        self.busy = {u[0]: dt.date(2000, 1, 1) for u in self.UNITS}
        self.loans = []

    def lend(self, station, model, start, end, order_no, cust):
        kind = MODELS[model][2]
        home = "绍兴站" if station == "绍兴站" else "杭州站"
        cands = [u for u in self.UNITS if MODELS[u[1]][2] == kind]
        cands.sort(key=lambda u: (u[2] != home, u[0]))
        for u in cands:
            if self.busy[u[0]] < start:
                self.busy[u[0]] = end
                self.loans.append((start, order_no, cust, u[0], u[1], end))
                return u[0]
        return None


def build_orders():
    """The 2026 维修服务工单台账 (one dict a work order), deterministic."""
    rng = random.Random(20260105)
    plan = []
    for month, count in MONTH_COUNTS.items():
        for day in workdays_in_month(rng, 2026, month, count, 18 if month == 11 else None):
            plan.append((day, None))
    for key, spec in SPECIAL.items():
        plan.append((spec["day"], key))
    for duty in EXAM_DUTY:
        plan.append((duty[0], duty))
    plan.sort(key=lambda p: (p[0], 0 if p[1] is None else 1, str(p[1])))

    backups = Backups()
    orders = []
    seq = {}
    for day, special in plan:
        seq[day.month] = seq.get(day.month, 0) + 1
        no = f"WX26{day.month:02d}{seq[day.month]:03d}"
        if isinstance(special, tuple):
            o = _exam_order(rng, no, special)
        else:
            o = _order(rng, no, day, SPECIAL.get(special) if special else None, backups)
        o["key"] = special if isinstance(special, str) else ""
        orders.append(o)
    return orders, backups.loans


def _exam_order(rng, no, duty):
    day, cust, what, n_days = duty
    area = CUST[cust][2]
    station = AREAS[area][3]
    eng = engineer_for(rng, station, day)
    model = "柯睿 MX-6055"
    serial = next((m[1] for m in FLEETS[cust] if m[0] == model), FLEETS[cust][0][1])
    end = next_workday(day, n_days - 1) if n_days > 1 else day
    jams = rng.randint(1, 4)
    return dict(no=no, day=day, t=at(day, 7, 30), channel="学校提前一周申请", cust=cust,
                ctype=CUST[cust][1], area=area, kind="驻场保障", model=model, serial=serial,
                status_c=CUST[cust][3], text=f"{what}驻场保障，{n_days}天",
                contact=None, resp=None, arrive=at(day, 7, 30), arr_h=None, limit="按约定",
                arr_late="—", measure=f"工程师驻场{n_days}天，开考前预防性清洁保养，处理卡纸{jams}次",
                part="", wait="否", done=end, rep_days=None, rep_limit=None, rep_late="—",
                backup="", fee=0, eng=eng, sign="已签", note="学校考试季保障（免费）",
                first_fix=None, state="已完工")


def _pick_customer(rng, kind, day):
    def w(c):
        k = 1.0
        if c[1] == "医院":
            k *= 1.5
        if c[3] == "全保":
            k *= 1.3
        if c[3] == "无合同":
            k *= 0.5
        if kind == "新机安装" and day.month in (8, 9):
            k *= 3.0 if c[1] == "学校" else 0.5
        return k
    return _weighted(rng, CUSTOMERS, w)


def _order(rng, no, day, spec, backups):
    spec = spec or {}
    cust = CUST[spec["cust"]] if "cust" in spec else None
    kind = spec.get("kind")
    if kind is None:
        r = rng.random()
        p_inst = 0.30 if day.month in (8, 9) else 0.09
        if r < p_inst:
            kind = "新机安装"
        elif r < p_inst + 0.035:
            kind = "移机"
        elif r < p_inst + 0.035 + 0.05:
            kind = "电话指导"
        else:
            kind = "故障维修"
    if cust is None:
        cust = _pick_customer(rng, kind, day)
    name, ctype, area, contract, _who = cust
    _city, _zone, limit, station = AREAS[area]
    if kind == "新机安装":
        return _install(rng, no, day, cust)
    if kind == "移机":
        return _move(rng, no, day, cust)

    # machine
    fleet = FLEETS[name]
    if "machine" in spec:
        model, serial, installed = fleet[spec["machine"]]
    elif "model" in spec:
        model, serial, installed = next((m for m in fleet if m[0] == spec["model"]), fleet[0])
    else:
        model, serial, installed = _weighted(
            rng, fleet, lambda m: {"mfp": 3.0, "printer": 1.2, "projector": 1.0}[MODELS[m[0]][2]])
    mkind = MODELS[model][2]
    status_c = "保修期内" if day < warranty_until(model, installed) else (
        contract if contract != "无合同" else "无合同（收费）")

    # 报修 time and channel
    if "time" in spec:
        t = at(day, *spec["time"])
        channel = spec["channel"]
    else:
        channel = _weighted(rng, ["400电话", "微信服务号", "直接联系工程师", "销售转交"],
                            lambda c: {"400电话": .55, "微信服务号": .25, "直接联系工程师": .12,
                                       "销售转交": .08}[c])
        if channel == "微信服务号" and rng.random() < 0.2:
            t = at(day, rng.randint(18, 21), rng.randint(0, 59))
        elif channel == "400电话":
            t = at(day, rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 16]), rng.randint(0, 59))
            if t.time() < OPEN:
                t = at(day, 8, 30 + rng.randint(0, 29))
        else:
            t = at(day, rng.randint(8, 16), rng.randint(0, 59))
    start = clamp_start(t)

    if kind == "电话指导":
        text, measure = rng.choice(PHONE_CASES)
        resp = rng.randint(3, 20)
        contact = add_work_minutes(start, resp)
        return dict(no=no, day=day, t=t, channel=channel, cust=name, ctype=ctype, area=area,
                    kind=kind, model=model, serial=serial, status_c=status_c, text=text,
                    contact=contact, resp=resp, arrive=None, arr_h=None, limit="—", arr_late="—",
                    measure=measure, part="", wait="否", done=contact.date(), rep_days=0,
                    rep_limit=None, rep_late="—", backup="", fee=0, eng=rng.choice(TECH_SUPPORT),
                    sign="—", note="技术支持远程解决，未上门", first_fix=None, state="已完工")

    # response (受理到工程师电话联系客户)
    if "resp" in spec:
        resp = spec["resp"]
    elif channel == "直接联系工程师":
        resp = rng.randint(1, 5)
    else:
        resp = rng.randint(3, 26)
        lunch = dt.time(11, 45) <= t.time() < dt.time(12, 45)
        if (lunch and rng.random() < 0.35) or rng.random() < 0.012:
            resp = rng.randint(33, 72)
    contact = add_work_minutes(start, resp)

    # fault
    fl = FAULTS[mkind]
    if "fault" in spec:
        fkey, vi = spec["fault"]
        fault = next(f for f in fl if f[0] == fkey)
        variant = fault[2][vi]
    else:
        def fw(f):
            k = f[1]
            if model == "柯睿 MX-4520" and f[0] == "不进纸":
                k *= 2.6 if day < dt.date(2026, 8, 20) else 0.6
            if model == "柯睿 MX-6055" and f[0] == "定影":
                k *= 1.8
            return k
        fault = _weighted(rng, fl, fw)
        variant = rng.choice(fault[2])
    text, measure, part, price, pkind = variant
    text = spec.get("fault_text", text)
    measure = spec.get("measure", measure)
    if spec.get("no_part"):
        part, price, pkind = None, 0, None

    # arrival
    eng = spec.get("engineer") or engineer_for(rng, station, day)
    late_p = {"杭州主城区": .05, "萧山、余杭、临平、钱塘": .08, "富阳、临安及三县市": .06,
              "绍兴越城、柯桥": .10, "上虞": .16, "诸暨、嵊州、新昌": .08}[AREAS[area][1]]
    if station == "绍兴站" and day >= dt.date(2026, 9, 1):
        late_p = .05
    if "arrive_h" in spec:
        h = spec["arrive_h"]
        arrive = add_work_minutes(start, h * 60)
    elif limit is not None:
        if rng.random() < late_p:
            h = rng.uniform(limit + 0.3, limit + 6.0)
        else:
            h = rng.uniform(0.7 if limit == 4 else 1.5, limit - 0.1)
        arrive = add_work_minutes(start, h * 60)
    else:
        if start.time() < dt.time(11, 0) and rng.random() < 0.3:
            arrive = add_work_minutes(start, rng.uniform(2.5, 5.5) * 60)
        else:
            nd = next_workday(start.date(), 2 if rng.random() < late_p else 1)
            arrive = at(nd, rng.randint(9, 15), rng.randint(0, 59))
        h = work_minutes_between(start, arrive) / 60
    if limit is not None:
        arr_late = "是" if h > limit + 1e-9 else "否"
        limit_txt = f"{limit}小时"
    else:
        arr_late = "是" if arrive.date() > next_workday(start.date()) else "否"
        limit_txt = "次个工作日"

    # repair
    wait = "否"
    second = False
    if part and pkind == "order":
        wdays = spec.get("wait", rng.randint(3, 8))
        done = next_workday(arrive.date(), wdays)
        wait = "是（订货）" if "返厂" not in part else "是（返厂）"
        rep_limit = 7
    elif part:
        out_p = 0.75 if (part == "定影组件" and model == "柯睿 MX-6055"
                         and dt.date(2026, 4, 1) <= day <= dt.date(2026, 5, 31)) else 0.09
        if "wait" in spec:
            done = next_workday(arrive.date(), spec["wait"])
            wait = "是（缺货）"
        elif rng.random() < out_p:
            done = next_workday(arrive.date(), rng.randint(2, 6))
            wait = "是（缺货）"
        elif not spec.get("same_day") and rng.random() < 0.25:
            done = next_workday(arrive.date())
            second = True
        else:
            done = arrive.date()
        rep_limit = 3
    else:
        if not spec.get("no_part") and not spec.get("same_day") and rng.random() < 0.11:
            done = next_workday(arrive.date(), rng.randint(1, 3))
            second = True
        else:
            done = arrive.date()
        rep_limit = 1
    first_fix = wait == "否" and not second
    state = "已完工" if done <= AS_OF else "处理中"
    rep_days = workdays_after(start.date(), done) if state == "已完工" else None
    rep_late = ("是" if rep_days > rep_limit else "否") if state == "已完工" else "—"

    # 备用机
    backup = ""
    if contract in ("全保", "半保") and done > next_workday(start.date(), 3):
        lend_day = next_workday(arrive.date()) if arrive.time() > dt.time(15, 0) else arrive.date()
        if rng.random() < 0.12 and "wait" not in spec:
            backup = "否（客户表示不需要）"
        else:
            unit = backups.lend(station, model, lend_day, done, no, name)
            backup = f"是（{unit}，{md(lend_day)}送达）" if unit else "否（无空闲备用机）"

    # fee
    if status_c == "无合同（收费）":
        fee = VISIT_FEE[limit] + (200 if part else 100) + (price if part else 0)
    elif status_c == "半保" and part:
        fee = round(price * 0.8)
    else:
        fee = 0
    note = spec.get("note", "")
    if second and not note:
        note = "二次上门" if part is None else "次日带件更换"
    if status_c == "无合同（收费）":
        note = (note + "；" if note else "") + "维修前报价，客户确认"
    if station == "恒达":
        note = (note + "；" if note else "") + "诸暨合作服务点上门"
    sign = "已签" if rng.random() > 0.055 else "未签"
    if state == "处理中":
        sign = "—"
    return dict(no=no, day=day, t=t, channel=channel, cust=name, ctype=ctype, area=area, kind=kind,
                model=model, serial=serial, status_c=status_c, text=text, contact=contact,
                resp=resp, arrive=arrive, arr_h=round(h, 1), limit=limit_txt, arr_late=arr_late,
                measure=measure if state == "已完工" or wait == "否" else measure + "（等待配件）",
                part=part or "", wait=wait, done=done if state == "已完工" else None,
                rep_days=rep_days, rep_limit=rep_limit, rep_late=rep_late, backup=backup,
                fee=fee if state == "已完工" else "", eng=eng, sign=sign, note=note,
                first_fix=first_fix, state=state)


NEW_MODELS = {"企业": ["柯睿 MX-C2520", "柯睿 MX-4520", "柯睿 P-4010DN", "明视达 EP-W610"],
              "学校": ["明视达 EP-X52", "明视达 EP-X52", "柯睿 MX-6055", "柯睿 MX-4520"],
              "医院": ["柯睿 MX-4520", "柯睿 P-4010DN", "柯睿 P-4010DN"]}


def _install(rng, no, day, cust):
    name, ctype, area, _contract, _who = cust
    station = AREAS[area][3]
    model = rng.choice(NEW_MODELS[ctype])
    if model == "柯睿 MX-C2520" and day >= dt.date(2026, 9, 1):
        model = "柯睿 MX-C3530"
    n = rng.randint(3, 8) if (model == "明视达 EP-X52" and day.month in (8, 9)) else rng.randint(1, 2)
    agreed = next_workday(day, rng.randint(2, 5))
    arrive_day = agreed if rng.random() > 0.04 else next_workday(agreed)
    late = "是" if arrive_day > agreed else "否"
    arrive = at(arrive_day, rng.randint(9, 14), rng.choice([0, 10, 20, 30, 40, 50]))
    eng = engineer_for(rng, "杭州站" if station == "恒达" else station, day)
    trade_in = None
    mkind = MODELS[model][2]
    if mkind != "projector" and rng.random() < 0.3:
        olds = [m for m in FLEETS[name] if MODELS[m[0]][2] == mkind]
        if olds:
            trade_in = rng.choice(olds)
    trained = rng.randint(1, 3)
    if mkind == "projector":
        measure = (f"送货上门，吊装{n}台并调试画面、接通讲台信号，培训教师{trained}人使用，"
                   "签署安装验收单")
    elif mkind == "mfp":
        measure = (f"送货上门、安装调试，设置网络打印和扫描到文件夹，培训管理员{trained}人，"
                   "签署安装验收单")
    else:
        measure = f"送货上门、安装驱动及网络打印，培训使用人员{trained}人，签署安装验收单"
    note = "含在售价内，免费安装"
    if trade_in:
        measure += f"；以旧换新，回收旧机{trade_in[0]}（{trade_in[1]}）"
    if late == "是":
        note += "；库房出库晚一天，已提前电话告知客户"
    serial = f"{MODELS[model][1]}{rng.randint(600000, 699999)}"
    return dict(no=no, day=day, t=at(day, rng.randint(9, 16), rng.randint(0, 59)),
                channel="销售转交", cust=name, ctype=ctype, area=area, kind="新机安装",
                model=model, serial=serial + (f" 等{n}台" if n > 1 else ""), status_c="新购（保修期内）",
                text=f"新购{model}×{n}，合同约定{md(agreed)}送货安装", contact=None, resp=None,
                arrive=arrive, arr_h=None, limit=f"约定{md(agreed)}", arr_late=late,
                measure=measure, part="", wait="否", done=arrive_day, rep_days=None,
                rep_limit=None, rep_late="—", backup="", fee=0, eng=eng, sign="已签", note=note,
                first_fix=None, state="已完工", trade_in=trade_in, n_units=n, agreed=agreed)


def _move(rng, no, day, cust):
    name, ctype, area, contract, _who = cust
    station = AREAS[area][3]
    n = rng.randint(1, 3)
    agreed = next_workday(day, rng.randint(1, 4))
    model, serial, _inst = rng.choice([m for m in FLEETS[name] if MODELS[m[0]][2] != "projector"]
                                      or FLEETS[name])
    eng = engineer_for(rng, "杭州站" if station == "恒达" else station, day)
    fee = 0 if contract == "全保" else 200 * n
    return dict(no=no, day=day, t=at(day, rng.randint(9, 16), rng.randint(0, 59)),
                channel=rng.choice(["400电话", "销售转交"]), cust=name, ctype=ctype, area=area,
                kind="移机", model=model, serial=serial + (f" 等{n}台" if n > 1 else ""),
                status_c=contract if contract != "无合同" else "无合同（收费）",
                text=f"办公室调整，{n}台设备移位并重新联网，约定{md(agreed)}",
                contact=None, resp=None, arrive=at(agreed, rng.randint(9, 15), 0), arr_h=None,
                limit=f"约定{md(agreed)}", arr_late="否",
                measure="拆装搬运、重新接线联网，测试打印扫描", part="", wait="否", done=agreed,
                rep_days=None, rep_limit=None, rep_late="—", backup="", fee=fee, eng=eng,
                sign="已签", note="全保合同内免费" if fee == 0 else f"移机费{fee}元，事先报价",
                first_fix=None, state="已完工")


def order_stats(orders, upto=None):
    """Figures the reports quote, computed from the ledger."""
    rows = [o for o in orders if upto is None or o["day"] <= upto]
    rep = [o for o in rows if o["kind"] == "故障维修"]
    rep_done = [o for o in rep if o["state"] == "已完工"]
    asked = [o for o in rows if o["resp"] is not None and o["channel"] != "直接联系工程师"]
    inst = [o for o in rows if o["kind"] == "新机安装"]
    s = dict(
        total=len(rows),
        repairs=len(rep),
        installs=len(inst),
        install_units=sum(o["n_units"] for o in inst),
        install_late=sum(1 for o in inst if o["arr_late"] == "是"),
        trade_in=sum(1 for o in inst if o.get("trade_in")),
        moves=sum(1 for o in rows if o["kind"] == "移机"),
        phone=sum(1 for o in rows if o["kind"] == "电话指导"),
        exam=sum(1 for o in rows if o["kind"] == "驻场保障"),
        resp_n=len(asked),
        resp_late=sum(1 for o in asked if o["resp"] > 30),
        arr_late=sum(1 for o in rep if o["arr_late"] == "是"),
        rep_done=len(rep_done),
        rep_late=sum(1 for o in rep_done if o["rep_late"] == "是"),
        first_fix=sum(1 for o in rep_done if o["first_fix"]),
        waited=sum(1 for o in rep if o["wait"] != "否"),
        stockout=sum(1 for o in rep if o["wait"] == "是（缺货）"),
        backup=sum(1 for o in rep if o["backup"].startswith("是")),
        backup_declined=sum(1 for o in rep if o["backup"].startswith("否")),
        unsigned=sum(1 for o in rows if o["sign"] == "未签"),
        open=sum(1 for o in rows if o["state"] == "处理中"),
        fee=sum(o["fee"] for o in rows if isinstance(o["fee"], (int, float))),
        hengda=sum(1 for o in rep if AREAS[o["area"]][3] == "恒达"),
    )
    s["resp_rate"] = 1 - s["resp_late"] / s["resp_n"]
    s["arr_rate"] = 1 - s["arr_late"] / s["repairs"]
    s["rep_rate"] = 1 - s["rep_late"] / s["rep_done"]
    s["ff_rate"] = s["first_fix"] / s["rep_done"]
    zones = {}
    for o in rep:
        z = AREAS[o["area"]][1]
        n, late = zones.get(z, (0, 0))
        zones[z] = (n + 1, late + (o["arr_late"] == "是"))
    s["zones"] = zones
    faults = {}
    for o in rep:
        k = _fault_key(o)
        faults[k] = faults.get(k, 0) + 1
    s["faults"] = sorted(faults.items(), key=lambda kv: (-kv[1], kv[0]))
    return s


FAULT_GROUPS = [("卡纸", "卡纸、不进纸"), ("J-101", "卡纸、不进纸"), ("进纸", "卡纸、不进纸"),
                ("SC542", "定影故障"), ("掉粉", "定影故障"), ("焦糊", "定影故障"),
                ("扫描", "网络、扫描及驱动"), ("连接", "网络、扫描及驱动"), ("找不到", "网络、扫描及驱动"),
                ("队列", "网络、扫描及驱动"), ("邮箱", "网络、扫描及驱动"),
                ("竖线", "图像质量"), ("底灰", "图像质量"), ("白点", "图像质量"), ("偏红", "图像质量"),
                ("重影", "图像质量"), ("黑点", "图像质量"), ("发淡", "图像质量"), ("漏粉", "图像质量"),
                ("输稿器", "输稿器故障"), ("异响", "异响"),
                ("SC320", "部件损坏（需订货）"), ("面板", "部件损坏（需订货）"),
                ("发暗", "投影仪亮度、过热"), ("亮度", "投影仪亮度、过热"), ("过热", "投影仪亮度、过热"),
                ("风扇", "投影仪亮度、过热"), ("无信号", "投影仪信号"), ("信号输出", "投影仪信号"),
                ("光源", "投影仪光源、光学（返厂）"), ("色斑", "投影仪光源、光学（返厂）")]


def _fault_key(o):
    for needle, group in FAULT_GROUPS:
        if needle in o["text"]:
            return group
    return "其他"


def repeats(orders, upto):
    """Machines with two or more 故障维修 within 30 days (same serial)."""
    by = {}
    for o in orders:
        if o["kind"] == "故障维修" and o["day"] <= upto:
            by.setdefault(o["serial"], []).append(o)
    out = []
    for serial, lst in by.items():
        lst.sort(key=lambda o: o["day"])
        hit = [o for i, o in enumerate(lst)
               if any(0 < (o["day"] - p["day"]).days <= 30 for p in lst[:i])
               or any(0 < (q["day"] - o["day"]).days <= 30 for q in lst[i + 1:])]
        if len(hit) >= 2:
            out.append((serial, hit))
    out.sort(key=lambda x: x[1][0]["day"])
    return out


# --------------------------------------------------------------------------- #
# 回访 (stopped in July) and complaints
# --------------------------------------------------------------------------- #

VISIT_STOP = dt.date(2026, 7, 10)  # 前台吴若溪离职，回访未交接

FORCED_VISITS = {
    "yuanwang": ("否", "已修好", "基本满意", "不满意", "第二天上午才来，销售当初说2小时上门；电话里已投诉", "转郑经理"),
    "chengbei3": ("是", "已修好，待观察", "满意", "基本满意", "一个月修了三次，这次周工换了整套，看后面情况", ""),
    "yongsheng": ("是", "已修好", "基本满意", "不满意", "等配件半个月，备用机速度跟不上车间用量", "转郑经理"),
    "jiahe": ("是", "已修好", "基本满意", "基本满意", "换了工程师，之前的事希望以后注意", ""),
}
UNLOGGED = ["约好上午来，下午三点多才到，当时已打400投诉过", "修完没两天又卡纸，打电话投诉后才又派人来",
            "工程师到了才说配件没带，又跑一趟，已向前台反映"]


def build_visits(orders):
    rng = random.Random(7101)
    rows = []
    unlogged = list(UNLOGGED)
    for o in orders:
        if o["kind"] not in ("故障维修", "新机安装", "移机") or o["done"] is None:
            continue
        forced = FORCED_VISITS.get(o["key"])
        if not forced and (o["done"] > VISIT_STOP or rng.random() > 0.60):
            continue
        vd = next_workday(o["done"], rng.choice([1, 1, 2, 2, 3]))
        if vd > VISIT_STOP:
            if not forced:
                continue
            vd = VISIT_STOP
        who = "吴若溪" if rng.random() < 0.8 else "沈佳怡"
        way = "电话" if rng.random() < 0.88 else "微信"
        if forced:
            on_time, effect, attitude, overall, remark, action = forced
        elif rng.random() < 0.05:
            rows.append([vd, o["no"], o["cust"], CUST[o["cust"]][4], o["kind"], o["eng"],
                         "电话（未接通）", "", "", "", "未接通", "", "", who])
            continue
        else:
            late = o["arr_late"] == "是" or o["rep_late"] == "是"
            on_time = "否" if o["arr_late"] == "是" else "是"
            effect = "正常使用" if o["kind"] != "故障维修" else (
                "已修好" if o["first_fix"] or rng.random() < 0.7 else "修了两次才好")
            attitude = "满意" if rng.random() < 0.8 else "基本满意"
            if late:
                overall = _weighted(rng, ["满意", "基本满意", "不满意"],
                                    lambda x: {"满意": .25, "基本满意": .5, "不满意": .25}[x])
            else:
                overall = _weighted(rng, ["满意", "基本满意", "不满意"],
                                    lambda x: {"满意": .8, "基本满意": .18, "不满意": .02}[x])
            remark, action = "", ""
            if overall == "不满意":
                if unlogged and late:
                    remark = unlogged.pop(0)
                    action = "转郑经理"
                else:
                    remark = rng.choice(["等的时间太长", "希望一次修好"])
            elif overall == "基本满意":
                remark = rng.choice(["", "来得有点晚", "希望提前打电话", "400打了几次才通", ""])
            elif o["kind"] == "新机安装":
                remark = rng.choice(["", "培训讲得很清楚", ""])
            else:
                remark = rng.choice(["", "", "工程师很专业", "来得很快"])
        rows.append([vd, o["no"], o["cust"], CUST[o["cust"]][4], o["kind"], o["eng"], way, on_time,
                     effect, attitude, overall, remark, action, who])
    rows.sort(key=lambda r: (r[0], r[1]))
    return [[i + 1] + r for i, r in enumerate(rows)]


def visit_stats(orders, visits, upto=dt.date(2026, 6, 30)):
    done = [o for o in orders if o["kind"] in ("故障维修", "新机安装", "移机")
            and o["done"] is not None and o["done"] <= upto]
    nos = [v[2] for v in visits if v[1] <= next_workday(upto, 3)]
    reached = [v for v in visits if v[11] in ("满意", "基本满意", "不满意")]
    return dict(done=len(done), visited=sum(1 for o in done if o["no"] in nos),
                total=len(visits), last=max(v[1] for v in visits),
                sat=sum(1 for v in reached if v[11] != "不满意") / len(reached),
                bad=sum(1 for v in reached if v[11] == "不满意"))


def complaint_rows(orders):
    no = {o["key"]: o["no"] for o in orders if o["key"]}
    return [
        [1, "TS-2026-01", dt.date(2026, 1, 13), "沈佳怡", "400电话", "杭州远望建筑设计院有限公司",
         "图文室 邹凯", "12日上午报修，次日上午才上门；客户称签约时销售说“2小时上门”，赶图纸被耽误",
         no["yuanwang"], "服务部 郑海峰",
         "当日杭州站5名工程师在外，派单晚；合同约定为8小时到场，手册为4小时，宣传为2小时",
         "郑海峰电话致歉，说明合同约定时限；本月加做一次免费保养", dt.date(2026, 1, 14), "已解决",
         "接受，希望以后按宣传的时间来", dt.date(2026, 1, 20)],
        [2, "TS-2026-02", dt.date(2026, 3, 19), "吴若溪", "微信服务号", "杭州城北康复医院", "信息科 林工",
         "门诊楼MX-4520一个月内三次不进纸、卡纸，修了又坏，影响门诊单据打印",
         f"{no['chengbei1']}、{no['chengbei2']}、{no['chengbei3']}", "服务部 周斌",
         "搓纸轮组件磨损快，同型号机器普遍存在，拟向柯睿反馈", "当日技术主管周斌上门更换整套进纸组件；承诺30天内再坏先送备用机",
         dt.date(2026, 3, 19), "已解决", "满意", dt.date(2026, 4, 20)],
        [3, "TS-2026-03", dt.date(2026, 5, 8), "吴若溪", "客户经理转交", "绍兴永盛纺织印染有限公司",
         "生产部 俞建新", "MX-6055定影组件坏了等了十多天，送来的备用机是小机器，车间单据打不完",
         no["yongsheng"], "服务部 傅建伟",
         "定影组件全省缺货，柯睿华东库调货；绍兴站无高速备用机", "催厂家调货，5月12日修复；减免5月份保底张数费用",
         dt.date(2026, 5, 9), "已解决", "基本满意", dt.date(2026, 5, 15)],
        [4, "TS-2026-04", dt.date(2026, 6, 17), "沈佳怡", "400电话", "杭州佳禾律师事务所", "行政 胡蓉",
         "称工程师维修扫描功能时翻看了放在机器旁的案卷材料", no["jiahe"], "服务部 郑海峰",
         "工程师王超否认翻看，称只是挪开文件；无法核实", "郑海峰上门致歉，该客户改由李明辉负责；重申不得翻看客户文件",
         dt.date(2026, 6, 18), "已解决", "基本满意", dt.date(2026, 6, 24)],
        [5, "TS-2026-05", dt.date(2026, 8, 12), "沈佳怡", "电话（客户经理）", "绍兴柯桥轻纺城物业管理有限公司",
         "综合办 骆雪芬", "二季度保养没有做；7月抄表账单张数与机器计数不符，多收了钱", "—",
         "服务部 傅建伟", "二季度保养确未做；7月计数器照片看错一位，多计6,240张",
         "退还多收费用312.40元；承诺8月内补做保养", dt.date(2026, 8, 18), "未解决",
         "不满意，表示合同11月底到期后不再续签", ""],
        [6, "TS-2026-06", dt.date(2026, 9, 24), "许雯", "400电话", "杭州市余杭区仁和第二小学",
         "总务处 沈老师", "买的兼容硒鼓漏粉，把刚印好的一批试卷弄脏", no["renhe"], "服务部 郑海峰、采购部 马俊",
         "兼容硒鼓为义乌佳彩9月批次，封口不严", "换装原装硒鼓，退还兼容硒鼓差价；同批次兼容硒鼓停止销售",
         dt.date(2026, 9, 25), "已解决", "满意", dt.date(2026, 9, 30)],
        [7, "TS-2026-07", dt.date(2026, 11, 18), "许雯", "微信服务号", "杭州萧山和睦医院", "信息科 蔡工",
         "白天多次打400没人接，晚上微信报修，第二天10点才联系", no["hemu"], "行政人事部 林珊、服务部 郑海峰",
         "11月17日下午前台一人休假，400只有一部电话有人接", "已致歉；正在研究400改由服务部专人接听",
         None, "处理中", "", None],
    ]


# --------------------------------------------------------------------------- #
# 抄表, 季度保养, 耗材配送
# --------------------------------------------------------------------------- #

TONER = {"柯睿 MX-4520": ("MX-4520原装墨粉", 380), "柯睿 MX-6055": ("MX-6055原装墨粉", 520),
         "柯睿 MX-C2520": ("MX-C2520原装墨粉（黑/彩）", 560), "柯睿 MX-C3530": ("MX-C3530原装墨粉（黑/彩）", 620),
         "柯睿 P-4010DN": ("P-4010DN原装硒鼓", 520), "柯睿 P-C3100": ("P-C3100原装彩色硒鼓", 590)}
COMPAT = ("文印通通用硒鼓 P-4010（兼容）", 168)
SEASON_SCHOOL = {1: .9, 2: .25, 3: 1.1, 4: 1.05, 5: 1.1, 6: 1.25, 7: .35, 8: .3, 9: 1.15, 10: 1.0}
VOLUME = {"柯睿 MX-6055": (15000, 30000, 0, 0), "柯睿 MX-4520": (3000, 8000, 0, 0),
          "柯睿 MX-C2520": (2000, 5000, 800, 2500), "柯睿 P-4010DN": (1000, 3000, 0, 0),
          "柯睿 P-C3100": (0, 0, 300, 900)}


def contracts():
    rng = random.Random(4402)
    out = []
    for i, c in enumerate(QB_CONTRACTS, 1):
        start = dt.date(rng.choice([2024, 2024, 2025]), rng.randint(1, 12), 1)
        end = start.replace(year=start.year + 3) - dt.timedelta(days=1)
        if c[0] == "绍兴柯桥轻纺城物业管理有限公司":
            start, end = dt.date(2023, 12, 1), dt.date(2026, 11, 30)
        printing = [m for m in FLEETS[c[0]] if m[0] in VOLUME]
        bw = {"企业": 0.045, "学校": 0.040, "医院": 0.050}[c[1]]
        colour = 0.38 if any(MODELS[m[0]][3] for m in printing) else None
        floor = 1000 * max(2, round(sum((VOLUME[m[0]][0] + VOLUME[m[0]][1]) / 2 for m in printing)
                                    * 0.45 / 1000))
        out.append(dict(no=f"QB-{start.year}-{i:03d}", cust=c[0], area=c[2], start=start, end=end,
                        machines=printing, bw=bw, colour=colour, floor=floor))
    return out


def meter_and_supply(orders):
    rng = random.Random(2525)
    cons = contracts()
    meter, supply = [], []
    for month in range(1, 11):
        day = dt.date(2026, month, 25)
        while not is_workday(day):
            day = next_workday(day)
        for c in cons:
            ctype = CUST[c["cust"]][1]
            f = SEASON_SCHOOL[month] if ctype == "学校" else (0.6 if month == 2 else 1.0)
            bw = sum(rng.randint(*VOLUME[m[0]][:2]) for m in c["machines"] if VOLUME[m[0]][1])
            col = sum(rng.randint(*VOLUME[m[0]][2:]) for m in c["machines"] if VOLUME[m[0]][3])
            bw, col = round(bw * f), round(col * f)
            r = rng.random()
            way = "工程师上门" if r < 0.45 else ("客户微信上报" if r < 0.95 else "客户未上报")
            station = AREAS[c["area"]][3]
            reader = engineer_for(rng, station, day) if way == "工程师上门" else "陈露"
            if way == "客户未上报":
                bw_v, col_v = "—", "—"
                bill = c["floor"] * c["bw"]
                remark = "客户未上报，按保底张数计费，下月补差"
            else:
                bw_v, col_v = bw, (col if c["colour"] else "—")
                bill = max(bw, c["floor"]) * c["bw"] + (col * c["colour"] if c["colour"] else 0)
                remark = "不足保底，按保底计" if bw < c["floor"] else ""
            if c["cust"] == "绍兴柯桥轻纺城物业管理有限公司" and month == 7:
                bw_v = bw + 6240
                bill = max(bw_v, c["floor"]) * c["bw"]
                remark = "8月核对：计数器照片读错一位，多计6,240张，已退312.40元"
            low = rng.random() < 0.22
            check = "不足两周用量，已主动补送" if low else "充足"
            meter.append([day, c["no"], c["cust"], len(c["machines"]), way, bw_v, col_v, c["floor"],
                          c["bw"], c["colour"] or "—", round(bill, 2), check, reader, remark])
            if low:
                m = rng.choice(c["machines"])
                supply.append(dict(day=day, way="抄表主动补送", cust=c["cust"], item=TONER[m[0]][0],
                                   qty=1, amount=0, contract="全保"))
    # customer orders
    others = [c for c in CUSTOMERS]
    for month, count in {1: 10, 2: 5, 3: 10, 4: 9, 5: 10, 6: 11, 7: 7, 8: 8, 9: 12, 10: 9, 11: 6}.items():
        for day in workdays_in_month(rng, 2026, month, count, 18 if month == 11 else None):
            c = _weighted(rng, others, lambda x: {"全保": .3, "半保": 2.0, "无合同": 1.5}[x[3]])
            m = rng.choice([x for x in FLEETS[c[0]] if x[0] in TONER])
            item, price = TONER[m[0]]
            if m[0] == "柯睿 P-4010DN" and c[3] != "全保" and rng.random() < 0.4:
                item, price = COMPAT
            qty = rng.randint(1, 4) if "硒鼓" in item else rng.randint(1, 3)
            if c[3] == "全保":
                amount = 0
            elif c[3] == "半保":
                amount = round(price * qty * 0.9)
            else:
                amount = price * qty
            supply.append(dict(day=day, way=rng.choice(["电话", "电话", "微信服务号", "客户经理代下"]),
                               cust=c[0], item=item, qty=qty, amount=amount, contract=c[3]))
    supply.sort(key=lambda x: (x["day"], x["cust"]))
    rows = []
    for i, s in enumerate(supply, 1):
        area = CUST[s["cust"]][2]
        out_day = s["day"] if rng.random() < 0.88 else next_workday(s["day"])
        sx = AREAS[area][0] == "绍兴" and AREAS[area][3] == "绍兴站"
        if area in SELF_DELIVERY:
            way = "自送"
        elif sx and s["day"] >= SX_SELF_FROM:
            way = "绍兴站自送"
        else:
            way = "快递"
        if way == "快递":
            promise = next_workday(out_day, 2)
            r = rng.random()
            late_p = 0.12 if sx else 0.08
            actual = (next_workday(promise, rng.randint(1, 2)) if r < late_p
                      else (next_workday(out_day) if r < 0.45 else promise))
            carrier = f"顺丰 SF{rng.randint(1000000000, 9999999999)}"
        else:
            promise = next_workday(s["day"])
            r = rng.random()
            actual = (next_workday(promise) if r < 0.025
                      else (out_day if r < 0.25 and out_day == s["day"] else promise))
            if actual < out_day:
                actual = out_day
            carrier = (rng.choice(["沈涛", "韩冬", "杨帆"]) if way == "绍兴站自送"
                       else rng.choice(DRIVERS))
        on_time = "是" if actual <= promise else "否"
        rows.append([i, f"PS26{s['day'].month:02d}{i:03d}", s["day"], s["way"], s["cust"], area,
                     s["contract"], s["item"], s["qty"], s["amount"] if s["amount"] else "合同内",
                     out_day, way, promise, actual, on_time, carrier,
                     CUST[s["cust"]][4].split(" ")[-1]])
    return cons, meter, rows


def supply_stats(rows):
    n = len(rows)
    late = sum(1 for r in rows if r[14] == "否")
    sx = [r for r in rows if r[5] in ("越城区", "柯桥区", "上虞区")]

    def avg_days(lst):
        return sum(workdays_after(r[2], r[13]) for r in lst) / max(1, len(lst))
    before = [r for r in sx if r[2] < SX_SELF_FROM]
    after = [r for r in sx if r[2] >= SX_SELF_FROM]
    return dict(n=n, late=late, rate=1 - late / n, sx_before=avg_days(before),
                sx_after=avg_days(after), sx_n_before=len(before), sx_n_after=len(after),
                proactive=sum(1 for r in rows if r[3] == "抄表主动补送"),
                compat=sum(r[8] for r in rows if "兼容" in r[7]))


def maintenance_rows(cons):
    rng = random.Random(9090)
    cells = [(c, q) for c in cons for q in (1, 2, 3)]
    forced = [(c["no"], q) for c in cons if c["cust"] == "绍兴柯桥轻纺城物业管理有限公司" for q in (2, 3)]

    def key(cell):
        c, q = cell
        w = (2.2 if AREAS[c["area"]][3] == "绍兴站" else 1.0) * (1.5 if q == 3 else 1.0)
        return rng.random() ** (1 / w)
    ranked = sorted([x for x in cells if (x[0]["no"], x[1]) not in forced], key=key, reverse=True)
    undone = forced + [(c["no"], q) for c, q in ranked[:18 - len(forced)]]
    rows = []
    for c, q in cells:
        plan_m = 3 * q - 1
        station = AREAS[c["area"]][3]
        if (c["no"], q) in undone:
            reason = rng.choice(["工程师忙于故障维修，未排上", "客户改期后未再预约", "当月工单多，顺延后未补做"])
            if CUST[c["cust"]][1] == "学校" and q == 3:
                reason = "暑假学校无人，顺延后未补做"
            if c["cust"] == "绍兴柯桥轻纺城物业管理有限公司":
                reason = "客户投诉后承诺8月补做，未安排" if q == 3 else "工程师忙于故障维修，未排上"
            rows.append([c["no"], c["cust"], f"第{q}季度", f"{plan_m}月", "", "", "未完成", reason, ""])
        else:
            day = workdays_in_month(rng, 2026, plan_m + (1 if rng.random() < 0.2 else 0), 1)[0]
            rows.append([c["no"], c["cust"], f"第{q}季度", f"{plan_m}月", day,
                         engineer_for(rng, station, day), "已完成",
                         "清洁光学部件、输稿器及搓纸轮，检查定影和转印，打印测试页", "已签"])
    return rows


# --------------------------------------------------------------------------- #
# 备用机, 旧机回收
# --------------------------------------------------------------------------- #

def recycle_rows(orders):
    rng = random.Random(6161)
    items = []
    for o in orders:
        if o.get("trade_in"):
            model, serial, _inst = o["trade_in"]
            items.append(dict(day=o["done"], cust=o["cust"], model=model, serial=serial,
                              how="以旧换新", credit=rng.choice([300, 500, 800, 1200]), no=o["no"]))
    for month in (1, 3, 3, 4, 5, 6, 7, 7, 8, 9, 10, 10, 11, 11):
        day = workdays_in_month(rng, 2026, month, 1, 18 if month == 11 else None)[0]
        c = rng.choice(CUSTOMERS)
        model, serial, _inst = rng.choice([m for m in FLEETS[c[0]] if MODELS[m[0]][2] != "projector"])
        items.append(dict(day=day, cust=c[0], model=model, serial=serial,
                          how=rng.choice(["客户淘汰，无偿回收", "客户报废，无偿回收", "有偿回收"]),
                          credit=0, no=""))
    items.sort(key=lambda x: (x["day"], x["cust"]))
    rows = []
    for i, it in enumerate(items, 1):
        mfp = MODELS[it["model"]][2] == "mfp"
        if mfp:
            disk = _weighted(rng, ["客户见证拆除硬盘，硬盘交客户", "现场格式化，客户签字确认", "未处理"],
                             lambda x: {"客户见证拆除硬盘，硬盘交客户": .45, "现场格式化，客户签字确认": .3,
                                        "未处理": .25}[x])
        else:
            disk = "无硬盘"
        if it["day"] < dt.date(2026, 4, 1) and mfp and i == 2:
            dest = "翻新作备用机（BY-16）"
        else:
            dest = rng.choice(["库房暂存", "交良渚废旧物资回收点", "交良渚废旧物资回收点"])
        price = 150 if it["how"] == "有偿回收" else ""
        rows.append([i, it["day"], it["cust"], it["model"], it["serial"], it["how"],
                     it["credit"] or (price if price else ""), it["no"], disk, dest,
                     rng.choice(["葛静", "俞红梅"])])
    return rows


# --------------------------------------------------------------------------- #
# XLSX writers
# --------------------------------------------------------------------------- #

ORDER_HEADER = ["序号", "工单号", "报修日期", "报修时间", "报修渠道", "客户名称", "客户类型", "所在区县",
                "服务类型", "设备型号", "机身编号", "合同/保修", "故障现象/服务内容", "电话联系客户时间",
                "响应用时(分钟)", "到场时间", "到场用时(工作小时)", "到场时限", "到场是否超时", "处理措施",
                "更换配件", "等待配件", "完工日期", "修复用时(工作日)", "修复时限(工作日)", "修复是否超时",
                "备用机", "收费金额(元)", "工程师", "客户签字", "工单状态", "备注"]


def _fix_datetime_cols(ws, cols, first_row):
    for row in ws.iter_rows(min_row=first_row):
        for c in row:
            if c.column in cols and isinstance(c.value, dt.datetime):
                c.number_format = DT_FMT


def make_order_ledger(out: Path, orders, s):
    wb = Workbook()
    ws = wb.active
    ws.title = "工单台账"
    rows = []
    for i, o in enumerate(orders, 1):
        rows.append([i, o["no"], o["day"], o["t"], o["channel"], o["cust"], o["ctype"], o["area"],
                     o["kind"], o["model"], o["serial"], o["status_c"], o["text"],
                     o["contact"] or "—", o["resp"] if o["resp"] is not None else "—",
                     o["arrive"] or "—", o["arr_h"] if o["arr_h"] is not None else "—", o["limit"],
                     o["arr_late"], o["measure"], o["part"], o["wait"], o["done"] or "",
                     o["rep_days"] if o["rep_days"] is not None else "—",
                     o["rep_limit"] if o["rep_limit"] is not None else "—", o["rep_late"],
                     o["backup"], o["fee"], o["eng"], o["sign"], o["state"], o["note"]])
    xlsx_sheet(ws, ORDER_HEADER, rows,
               widths=[6, 11, 11, 16, 12, 30, 8, 9, 9, 15, 20, 13, 34, 16, 9, 16, 9, 12, 8, 40, 14,
                       10, 11, 9, 9, 8, 22, 9, 11, 8, 8, 26],
               title="2026年维修服务工单台账（服务部调度登记）")
    _fix_datetime_cols(ws, (4, 14, 16), 3)

    ws2 = wb.create_sheet("月度统计")
    mrows = []
    for m in range(1, 12):
        mo = [o for o in orders if o["day"].month == m]
        rep = [o for o in mo if o["kind"] == "故障维修"]
        done = [o for o in rep if o["state"] == "已完工"]
        arr_late = sum(1 for o in rep if o["arr_late"] == "是")
        rep_late = sum(1 for o in done if o["rep_late"] == "是")
        mrows.append([f"2026年{m}月", len(mo), len(rep), sum(1 for o in mo if o["kind"] == "新机安装"),
                      sum(1 for o in mo if o["kind"] in ("移机", "电话指导", "驻场保障")), arr_late,
                      pct(1 - arr_late / len(rep)) if rep else "—", rep_late,
                      pct(1 - rep_late / len(done)) if done else "—",
                      sum(1 for o in rep if o["backup"].startswith("是"))])
    mrows.append(["合计", s["total"], s["repairs"], s["installs"], s["moves"] + s["phone"] + s["exam"],
                  s["arr_late"], pct(s["arr_rate"]), s["rep_late"], pct(s["rep_rate"]), s["backup"]])
    xlsx_sheet(ws2, ["月份", "工单总数", "故障维修", "新机安装", "移机/电话指导/驻场", "到场超时",
                     "到场及时率", "修复超时", "修复及时率", "提供备用机"], mrows,
               widths=[12, 9, 9, 9, 16, 9, 10, 9, 10, 10], title="2026年工单月度统计（11月截至20日）")
    save_xlsx(wb, out / "2026年维修服务工单台账.xlsx", creator="陈露", last_by="陈露",
              created=d(2026, 1, 2, 8, 50), modified=d(2026, 11, 20, 17, 45),
              title="2026年维修服务工单台账")


def make_meter_workbook(out: Path, cons, meter, supply, maint):
    wb = Workbook()
    ws = wb.active
    ws.title = "抄表记录"
    xlsx_sheet(ws, ["抄表日期", "合同编号", "客户名称", "计费设备(台)", "抄表方式", "黑白张数", "彩色张数",
                    "月保底张数", "黑白单价(元)", "彩色单价(元)", "本月计费(元)", "耗材余量检查", "抄表人",
                    "备注"], meter,
               widths=[11, 13, 32, 9, 12, 10, 10, 10, 9, 9, 11, 22, 9, 34],
               title="2026年全保合同按张计费抄表记录（1—10月）")
    ws2 = wb.create_sheet("季度保养")
    xlsx_sheet(ws2, ["合同编号", "客户名称", "季度", "计划月份", "完成日期", "工程师", "状态",
                     "保养内容/未完成原因", "客户签字"],
               [r[:7] + [r[7] if r[6] == "已完成" else r[7]] + [r[8]] for r in maint],
               widths=[13, 32, 9, 9, 11, 9, 8, 50, 8],
               title="2026年全保合同季度保养完成情况（第一至第三季度）")
    ws3 = wb.create_sheet("耗材配送")
    xlsx_sheet(ws3, ["序号", "配送单号", "下单日期", "下单方式", "客户名称", "所在区县", "合同类型", "耗材",
                     "数量", "金额(元)", "出库日期", "配送方式", "承诺送达日期", "实际送达日期", "是否按时",
                     "配送人/快递单号", "签收人"], supply,
               widths=[6, 12, 11, 13, 32, 9, 8, 30, 6, 9, 11, 10, 12, 12, 8, 22, 8],
               title="2026年耗材配送记录（截至11月20日）")
    ws4 = wb.create_sheet("全保合同设备清单")
    crow = []
    for c in cons:
        for m in FLEETS[c["cust"]]:
            crow.append([c["no"], c["cust"], c["start"], c["end"], m[0], MODELS[m[0]][0], m[1], m[2],
                         "按张计费" if m[0] in VOLUME else "年费包含"])
    xlsx_sheet(ws4, ["合同编号", "客户名称", "合同起始", "合同到期", "设备型号", "设备类别", "机身编号",
                     "安装日期", "计费方式"], crow,
               widths=[13, 32, 11, 11, 15, 14, 14, 11, 10], title="全保合同客户设备清单（销售部维护）")
    save_xlsx(wb, out / "2026年抄表、保养及耗材配送记录.xlsx", creator="陈露", last_by="葛静",
              created=d(2026, 1, 2, 9, 10), modified=d(2026, 11, 20, 16, 30),
              title="2026年抄表、保养及耗材配送记录")


def make_visit_workbook(out: Path, visits, complaints):
    wb = Workbook()
    ws = wb.active
    ws.title = "客户回访记录"
    xlsx_sheet(ws, ["序号", "回访日期", "工单号", "客户名称", "联系人", "服务类型", "工程师", "回访方式",
                    "到场是否及时", "维修/安装效果", "服务态度", "总体评价", "客户意见", "处理", "回访人"],
               visits, widths=[6, 11, 11, 32, 14, 9, 9, 12, 10, 14, 9, 9, 40, 10, 8],
               title="2026年客户回访记录（前台）")
    ws2 = wb.create_sheet("客户投诉登记")
    xlsx_sheet(ws2, ["序号", "投诉编号", "受理日期", "受理人", "投诉渠道", "客户名称", "联系人", "投诉内容",
                     "关联工单", "处理责任人", "调查情况", "处理措施", "答复客户日期", "处理结果", "客户意见",
                     "结案日期"],
               [[x if x is not None else "" for x in r] for r in complaints],
               widths=[6, 12, 11, 8, 13, 32, 14, 44, 30, 18, 40, 40, 11, 9, 26, 11],
               title="2026年客户投诉登记表")
    save_xlsx(wb, out / "2026年客户回访及投诉登记.xlsx", creator="吴若溪", last_by="许雯",
              created=d(2026, 1, 5, 9, 0), modified=d(2026, 11, 18, 15, 20),
              title="2026年客户回访及投诉登记")


def make_backup_workbook(out: Path, loans, recycle):
    wb = Workbook()
    ws = wb.active
    ws.title = "备用机台账"
    rows = []
    for code, model, home in Backups.UNITS:
        active = [ln for ln in loans if ln[3] == code and ln[0] <= AS_OF <= ln[5]]
        src = "2026年3月旧机翻新" if code == "BY-16" else (
            "2024年旧机翻新" if code in ("BY-07", "BY-08", "BY-12") else "公司采购（样机转备用）")
        rows.append([code, model, MODELS[model][0], src, home,
                     "借出" if active else "在库", active[0][2] if active else "",
                     sum(1 for ln in loans if ln[3] == code)])
    xlsx_sheet(ws, ["编号", "型号", "类别", "来源", "存放地点", "状态（11月20日）", "当前借用客户",
                    "2026年借出次数"], rows, widths=[8, 15, 14, 20, 9, 14, 30, 12],
               title="备用机台账")
    ws2 = wb.create_sheet("备用机借还记录")
    lrows = [[i, ln[0], ln[1], ln[2], ln[3], ln[4], ln[5] if ln[5] <= AS_OF else "",
              "已归还" if ln[5] <= AS_OF else "借用中"] for i, ln in enumerate(loans, 1)]
    xlsx_sheet(ws2, ["序号", "送达日期", "关联工单", "客户名称", "备用机编号", "型号", "收回日期", "状态"],
               lrows, widths=[6, 11, 11, 32, 10, 15, 11, 8], title="2026年备用机借还记录")
    ws3 = wb.create_sheet("旧机回收登记")
    xlsx_sheet(ws3, ["序号", "回收日期", "客户名称", "型号", "机身编号", "回收方式", "抵扣/收购金额(元)",
                     "关联工单", "硬盘/存储数据处理", "去向", "经办人"], recycle,
               widths=[6, 11, 32, 15, 14, 16, 12, 11, 28, 22, 8], title="2026年旧机回收及以旧换新登记")
    ws4 = wb.create_sheet("废耗材处置")
    xlsx_sheet(ws4, ["日期", "品种", "数量", "处置方式", "收款(元)", "经办人", "备注"], [
        [dt.date(2026, 3, 28), "废硒鼓、废墨粉盒", "硒鼓286只、粉盒41只", "良渚废旧物资回收点上门收走", 430, "俞红梅", "按只计价"],
        [dt.date(2026, 6, 27), "废硒鼓、废墨粉盒、旧投影灯泡", "硒鼓305只、粉盒38只、灯泡22只", "良渚废旧物资回收点上门收走", 460, "俞红梅", "灯泡混装"],
        [dt.date(2026, 9, 26), "废硒鼓、废墨粉盒", "硒鼓331只、粉盒52只", "良渚废旧物资回收点上门收走", 505, "葛静", ""],
    ], widths=[11, 26, 30, 26, 9, 8, 12], title="2026年废硒鼓、废粉盒处置记录")
    save_xlsx(wb, out / "2026年备用机及旧机回收台账.xlsx", creator="葛静", last_by="葛静",
              created=d(2026, 1, 4, 10, 0), modified=d(2026, 11, 19, 11, 10),
              title="2026年备用机及旧机回收台账")


NEW_HIRES = [
    # name, post, station, joined, mentor
    ("韩旭", "维修工程师", "杭州站", dt.date(2026, 3, 9), "李明辉"),
    ("蒋文斌", "维修工程师", "杭州站", dt.date(2026, 3, 9), "赵磊"),
    ("秦亮", "维修工程师", "绍兴站", dt.date(2026, 4, 13), "沈涛"),
    ("汪建国", "配送员", "库房", dt.date(2026, 5, 11), "邵军"),
    ("卫东升", "维修工程师", "杭州站", dt.date(2026, 6, 15), "钱鹏"),
    ("许雯", "前台", "行政人事部", dt.date(2026, 8, 3), "沈佳怡"),
    ("褚健", "维修工程师", "杭州站", dt.date(2026, 9, 7), "孙浩"),
    ("朱勇", "维修工程师", "绍兴站", dt.date(2026, 9, 7), "傅建伟"),
]


def make_training(out: Path):
    rng = random.Random(3031)
    rows = []
    for name, post, station, joined, mentor in NEW_HIRES:
        x = joined
        if post == "维修工程师":
            plan = [("公司制度、安全生产与用电安全", "讲授", "0.5天", "林珊、周斌", "笔试", f"{rng.randint(82, 95)}分"),
                    ("柯睿复合机/打印机维修认证课程（初级）", "厂家认证", "3天", "柯睿杭州培训中心",
                     "厂家考试", f"{rng.randint(76, 92)}分，取得初级认证"),
                    ("明视达投影仪安装与维修", "实操", "1天", "明视达华东技术支持", "实操考核", "合格"),
                    ("上门服务规范与礼仪", "讲授", "0.5天", "郑海峰", "无", "—"),
                    ("工单填写、备件领用与收费规定", "讲授", "0.5天", "陈露、葛静", "无", "—"),
                    ("跟岗实习", "跟岗", "10个工作日", f"师傅 {mentor}", "站长评定",
                     "合格，准予独立上门")]
        elif post == "配送员":
            plan = [("公司制度、安全生产", "讲授", "0.5天", "林珊", "笔试", f"{rng.randint(80, 92)}分"),
                    ("安全驾驶与货物搬运", "讲授", "0.5天", "俞红梅", "无", "—"),
                    ("耗材品种识别与签收单据", "实操", "0.5天", "葛静", "实操考核", "合格"),
                    ("跟车实习", "跟岗", "3个工作日", f"师傅 {mentor}", "库房主管评定", "合格")]
        else:
            plan = [("公司制度", "讲授", "0.5天", "林珊", "笔试", f"{rng.randint(85, 95)}分"),
                    ("前台接待与电话礼仪", "讲授", "0.5天", "林珊", "无", "—"),
                    ("报修登记表填写与派单", "讲授", "1小时", "陈露", "无", "—")]
        for course, form, hours, teacher, exam, result in plan:
            rows.append([len(rows) + 1, name, post, station, joined, x, course, form, hours, teacher,
                         exam, result])
            step = {"0.5天": 0, "1小时": 0, "1天": 1, "3天": 3, "10个工作日": 10, "3个工作日": 3}[hours]
            x = next_workday(x, step) if step else x
    ws_rows = rows
    wb = Workbook()
    ws = wb.active
    ws.title = "岗前培训记录"
    xlsx_sheet(ws, ["序号", "姓名", "岗位", "部门/站点", "入职日期", "培训日期", "培训内容", "形式", "时长",
                    "讲师/组织", "考核方式", "成绩/结论"], ws_rows,
               widths=[6, 8, 11, 10, 11, 11, 36, 9, 10, 18, 10, 22], title="2026年新员工岗前培训记录")
    ws2 = wb.create_sheet("服务部人员资质")
    staff = [("郑海峰", "服务部经理", "服务部", 2011, "柯睿高级", "是", "有", "否", "C1")]
    staff += [("周斌", "杭州站站长兼技术主管", "杭州站", 2012, "柯睿高级", "是", "有", "有", "C1")]
    for nm, since in ENGINEERS["杭州站"]:
        year = since.year if since else rng.randint(2013, 2024)
        lvl = "柯睿初级" if since else rng.choice(["柯睿中级", "柯睿中级", "柯睿高级", "柯睿初级"])
        staff.append((nm, "维修工程师", "杭州站", year, lvl, "是", rng.choice(["有", "有", "无"]),
                      rng.choice(["有", "无", "无"]), "C1"))
    staff.append(("傅建伟", "绍兴站站长", "绍兴站", 2015, "柯睿高级", "是", "有", "有", "C1"))
    for nm, since in ENGINEERS["绍兴站"]:
        if nm == "傅建伟":
            continue
        year = since.year if since else rng.randint(2016, 2024)
        staff.append((nm, "维修工程师", "绍兴站", year, "柯睿初级" if since else "柯睿中级", "是",
                      rng.choice(["有", "无"]), rng.choice(["有", "无", "无"]), "C1"))
    staff += [("金涛", "技术支持", "服务部", 2016, "柯睿高级", "是", "无", "无", "C1"),
              ("潘宇", "技术支持", "服务部", 2019, "柯睿中级", "是", "无", "无", "C1"),
              ("陈露", "调度文员", "服务部", 2018, "—", "—", "—", "—", "—"),
              ("葛静", "备件及备用机管理员", "服务部", 2017, "—", "—", "—", "—", "—"),
              ("汪建国", "配送员", "服务部", 2026, "—", "—", "—", "—", "C1"),
              ("邵军", "配送员", "服务部", 2014, "—", "—", "—", "—", "C1"),
              ("柳永强", "配送员", "服务部", 2020, "—", "—", "—", "—", "C1")]
    srows = [[i + 1, *s_, ""] for i, s_ in enumerate(staff)]
    for r in srows:
        if r[2] in ("维修工程师", "杭州站站长兼技术主管", "绍兴站站长") and r[8] == "有":
            r[10] = "可承担投影仪吊装"
    xlsx_sheet(ws2, ["序号", "姓名", "岗位", "所属", "入职年份", "柯睿认证", "明视达认证", "低压电工证",
                     "登高作业证", "驾照", "备注"], srows,
               widths=[6, 8, 20, 8, 9, 10, 10, 10, 10, 6, 16], title="服务部人员资质一览（2026年11月）")
    save_xlsx(wb, out / "2026年员工培训记录.xlsx", creator="林珊", last_by="林珊",
              created=d(2026, 3, 9, 9, 0), modified=d(2026, 9, 30, 16, 0), title="2026年员工培训记录")
    return len(ws_rows)


# --------------------------------------------------------------------------- #
# 1. 售后服务管理手册 (DOCX)
# --------------------------------------------------------------------------- #

def make_manual(out: Path):
    meta = dict(doc_no="WYT-FW-001", version="V2.1", effective="2026年3月1日",
                drafted="郑海峰 2026.02.05", reviewed="何晓东 2026.02.16",
                approved="陈国梁 2026.02.24",
                distribution="发放编号：FW-001-05　　持有部门：服务部")
    b = DocxBuilder("售后服务管理手册", meta)
    b.cover()
    b.p("修订记录", indent=False, bold=True)
    b.table(["版本", "日期", "修订内容", "修订人"], [
        ["V1.0", "2019.06.01", "首次发布（原名《维修服务管理制度》）", "郑海峰"],
        ["V2.0", "2023.05.01", "增设绍兴服务站；增加全保/半保合同管理、抄表和备用机规定", "郑海峰"],
        ["V2.1", "2026.03.01", "萧山、余杭、临平、钱塘到场时限由8小时改为6小时；增加微信服务号报修；非合同客户收费标准写入手册；增加以旧换新和旧机回收", "郑海峰"],
    ], widths=[1.6, 2.2, 10.0, 1.8])

    b.doc.add_heading("总经理致辞", level=1)
    b.p("文印通做了十七年办公设备，一台复印机在客户那里一般要用五六年，客户第二次、第三次还找我们买，靠的不是价格，是机器坏了我们的人能不能及时赶到、能不能修好。"
        "公司2026年经营计划把维保合同收入占比提高到45%作为重点目标，服务部的到场及时率和客户满意度纳入公司年度经营考核，也纳入各部门负责人的年终考核。")
    b.p("我每月在经营例会上听服务部的汇报，服务上需要的人、车、备件和备用机，各部门要优先保障。请全体员工认真执行本手册。")
    b.p("总经理：陈国梁　　2026年2月24日", align="right", indent=False)
    b.page_break()

    b.ch("总则")
    b.art("为规范公司售后服务工作，保证客户设备正常使用，依据《中华人民共和国民法典》《中华人民共和国产品质量法》以及柯睿、明视达两个品牌的授权服务要求，结合公司实际，制定本手册。")
    b.art("本手册适用于公司在杭州、绍兴两地销售和维保的柯睿复印机、多功能一体机（以下统称复合机）、打印机和明视达投影仪，包括送货安装、上门维修、维保合同服务、耗材配送、备用机、以旧换新和旧机回收。诸暨、嵊州、新昌三地的上门服务由合作服务点承担（见第十八条）。")
    b.art("公司的服务理念是“随叫随到，修好为止”。“随叫随到”是说客户报修要有人接、有人回、按时到；“修好为止”是说一次修不好的，要跟到修好，不能让客户反复找我们。")
    b.art("服务策略：")
    b.sub("（一）以维保合同为主：引导客户从“坏了再修”转为全保或半保合同，全保合同按实际印量（按张）收费，客户不用再单独为维修和耗材付钱；")
    b.sub("（二）备件和备用机前置：常用备件在两个服务站按安全库存备足，合同客户设备一时修不好的，用备用机保证客户不停机；")
    b.sub("（三）分区域承诺到场时限，医院和学校考试期间的报修优先派工；")
    b.sub("（四）合同客户一律使用原装耗材；打印机通用（兼容）硒鼓只向自愿选择的半保和非合同客户供应。")

    b.ch("组织与职责")
    b.art("服务部是公司售后服务的归口部门，由分管副总经理何晓东领导。服务部机构和定编如下：")
    b.table(["机构/岗位", "主要职责", "定编（人）"], [
        ["服务部经理", "制定服务目标和年度工作安排，组织制度建设，对服务质量全面负责", "1"],
        ["杭州服务站", "杭州各区县的上门维修、安装、保养、抄表；站长兼技术主管，负责疑难故障和技术指导", "14（站长1、工程师13）"],
        ["绍兴服务站", "越城、柯桥、上虞的上门维修、安装、保养、抄表，协调诸暨合作服务点", "6（站长1、工程师5）"],
        ["技术支持", "电话和微信技术咨询，驱动、网络和扫描设置指导，疑难故障远程协助工程师", "2"],
        ["调度文员", "接收前台转来的报修，派单，登记《维修服务工单台账》，统计", "1"],
        ["耗材配送", "耗材和小件设备配送，新机随车送货", "3"],
        ["备件及备用机管理", "备件领用登记、备用机调拨和借还、旧机回收登记", "1"],
    ], widths=[3.2, 9.6, 3.0])
    b.art("相关部门职责：")
    b.sub("（一）销售部：新机销售和维保合同的签订、续签；客户经理是合同客户的日常联系人，负责客户档案；")
    b.sub("（二）行政人事部：前台接听400热线、登记报修并转服务部调度；员工招聘和岗前培训；")
    b.sub("（三）库房：整机、备件和耗材的收发存，新机出库；")
    b.sub("（四）采购部：整机、备件和耗材的采购，按《供应商管理规定》执行；")
    b.sub("（五）财务部：维保费、抄表计费和维修收费的结算。")
    b.art(f"公司不设独立的呼叫中心。400热线（{HOTLINE}）接入行政人事部前台的两部电话，服务时间内由前台接听，非服务时间转语音留言，次日8:30起处理；微信服务号“{WECHAT}”的在线报修全天可提交。")
    b.art("前台接到报修，应在《报修登记表》上记录客户名称、联系人、电话、设备型号和故障现象，10分钟内转服务部调度；调度在受理后30分钟内派单，由工程师电话联系客户，确认故障和到场时间。")

    b.ch("人员与培训")
    b.art("服务人员任职要求：")
    b.table(["岗位", "任职要求"], [
        ["服务部经理", "大专以上，8年以上办公设备维修及管理经验，持柯睿高级认证"],
        ["站长/技术主管", "柯睿高级认证工程师，5年以上维修经验"],
        ["维修工程师", "中专以上电子、机电类专业；入职3个月内取得柯睿认证，未取得认证的不得独立上门；承担投影仪吊装的须持登高作业证；持C1驾照"],
        ["技术支持", "柯睿中级以上认证，熟悉网络打印和扫描设置"],
        ["调度文员、备件管理员", "高中以上，熟练使用Excel"],
        ["配送员", "持C1驾照，身体健康"],
    ], widths=[3.4, 12.2])
    b.art("新员工岗前培训：")
    b.sub("（一）维修工程师：公司制度与安全用电（半天）；柯睿厂家认证课程（3天，在柯睿杭州培训中心，费用由公司承担）；明视达投影仪安装与维修（1天）；上门服务规范与礼仪（半天）；工单填写、备件领用与收费规定（半天）；跟岗实习10个工作日，由站长评定合格后方可独立上门；")
    b.sub("（二）配送员：公司制度、安全驾驶与货物搬运、耗材识别，跟车实习3个工作日；")
    b.sub("（三）培训记录由行政人事部保存。")
    b.sub("新机型上市时，由技术主管视情况组织内部讲解。")
    b.art("绩效与激励：工程师工资由基本工资、工单积分提成和月度考核奖组成。工单积分按故障难度计，客户签字的工单方可计分；月度考核看到场及时、工单完整、客户投诉三项。"
          "每季度评选“服务之星”3名，每人奖励500元；年度评选优秀工程师。工程师技术等级分初级、中级、高级，每年评定一次，对应工资档位。")

    b.ch("服务资源")
    b.art("服务场所：杭州服务站设在拱墅区公司总部一楼，有维修间约150平方米（设测试工位6个）、备件室和客户接待区；绍兴服务站设在越城区，有维修间约80平方米和备件柜；库房设在余杭区良渚，约600平方米。两个服务站的收费价目表在接待区张贴。")
    b.art("工具设备：每名工程师配标准工具包（含专用吸粉器、万用表、螺丝刀组、清洁套件、测试纸），由站长每季度检查一次；杭州服务站配投影仪光学清洁工具和梯具。")
    b.art("备件：库房按机型设常用备件安全库存（搓纸轮组件、分页轮、感光鼓、定影组件、投影仪灯泡等），备件管理员每月盘点，低于安全库存的报采购部补货；绍兴服务站存放常用备件。")
    b.art("备用机：公司备有备用机16台（杭州服务站12台、绍兴服务站4台，含打印机和投影仪）。合同客户（全保、半保）的设备预计3个工作日内不能修复的，服务站应在1个工作日内送去备用机，免费使用到原机修好。备用机借还由备件管理员登记。")
    b.art("交通工具：杭州服务站配服务车5辆、电动自行车6辆，绍兴服务站配服务车2辆，库房配厢式货车2辆用于送货和耗材配送。车辆由行政人事部统一保险和年检。")
    b.art("服务经费：服务部的人员、车辆、备件周转、备用机和培训费用列入公司年度经营预算，2026年预算468万元。公司未单列应急专项资金，遇特殊情况由服务部经理报总经理临时审批。")
    b.art("服务区域和网点：")
    b.table(["区域", "负责网点", "到场时限（自受理起，按服务时间计）"], [
        ["杭州上城、拱墅、西湖、滨江", "杭州服务站", "4小时"],
        ["杭州萧山、余杭、临平、钱塘", "杭州服务站", "6小时"],
        ["杭州富阳、临安、桐庐、建德、淳安", "杭州服务站", "次个工作日"],
        ["绍兴越城、柯桥", "绍兴服务站", "4小时"],
        ["绍兴上虞", "绍兴服务站", "6小时"],
        ["诸暨、嵊州、新昌", "诸暨市恒达办公设备商行（合作服务点）", "次个工作日"],
    ], widths=[5.2, 5.6, 4.8])
    b.sub("诸暨市恒达办公设备商行与公司签有《区域上门服务合作协议》，其上门工程师须持柯睿认证。恒达的工单由调度派发并登记在工单台账中，维修费用按月与恒达结算。")

    b.ch("服务时间与时限")
    b.art(f"服务时间：400热线和上门服务时间为周一至周六8:30—17:30，法定节假日除外。微信服务号“{WECHAT}”全天接收报修。")
    b.art("响应：受理报修后30分钟内由工程师或调度电话联系客户；非服务时间的报修，次日9:00前联系。")
    b.art("到场：按第十八条的区域时限到场。不能按时到达的，工程师应提前电话告知客户并说明预计时间。")
    b.art("修复时限：")
    b.table(["故障情况", "修复时限"], [
        ["无需更换配件", "到场当次修复，最迟不超过报修后1个工作日"],
        ["需更换常用配件", "3个工作日"],
        ["需订货或返厂的部件（激光单元、操作面板、投影仪光源等）", "7个工作日"],
    ], widths=[9.0, 6.6])
    b.sub("合同客户设备超过3个工作日不能修复的，按第十五条提供备用机。")
    b.art("耗材配送：合同客户和零售客户的耗材订单，当日15:00前下单的当日出库。杭州主城区、萧山、余杭、临平、钱塘和富阳由公司自送，次个工作日送达；其他地区用快递，出库后2个工作日内送达。")
    b.art("新机送货安装：新机按合同约定的日期送货上门，杭州、绍兴两地免费安装调试，包括装机、联网、安装驱动（10台电脑以内）、设置扫描到文件夹，并现场培训客户的设备管理员，由客户签署《安装验收单》。投影仪吊装须两人作业，其中至少一人持登高作业证。")
    b.art("使用指导：新机随机附快速操作卡；客户在使用中遇到驱动安装、扫描设置、卡纸处理等问题，可拨打400转技术支持，技术支持可通过电话或微信视频指导解决。")

    b.ch("维修与维保")
    b.art("报修处理流程：")
    b.sub("（一）受理：前台或微信服务号受理报修，登记后转调度；")
    b.sub("（二）派单：调度按区域派单给服务站或合作服务点，登记工单台账；")
    b.sub("（三）联系：工程师30分钟内电话联系客户，确认故障和到场时间；")
    b.sub("（四）上门维修：按服务规范上门，维修完成后填写纸质维修工单，写明故障原因、处理措施、更换配件和收费，由客户签字；")
    b.sub("（五）结单：工程师当日把工单交回调度（绍兴站拍照发送），调度登记完工信息；")
    b.sub("（六）回访：前台按第四十条回访；")
    b.sub("（七）归档：纸质工单按月装订，保存3年。")
    b.art("保修：公司销售的新机，复合机和打印机整机保修1年（柯睿复合机印量超过30万张的以先到为准），投影仪整机保修2年、灯泡或光源1年或2,000小时。保修期内非人为故障免费维修、免费更换配件。"
          "人为损坏、进水、雷击、自行拆修，以及使用不合格耗材造成的损坏不在保修范围内。")
    b.art("维保合同：")
    b.sub("（一）全保：包含人工、配件和原装耗材（纸张除外），按月抄表、按张计费，设月保底张数；每季度上门保养一次；")
    b.sub("（二）半保：包含人工，配件按公司价目表8折、耗材9折收费；保养按客户需要另约；")
    b.sub("（三）合同由销售部按《办公设备维保服务合同》范本签订，一般为三年。")
    b.art("抄表：全保客户每月25日前后抄表，工程师上门或由客户用微信发送计数器照片；抄表时检查耗材余量，不足两周用量的主动补送。抄表结果由调度登记，财务部据此开票。")
    b.art("季度保养：全保合同每季度保养一次，内容包括清洁光学部件、输稿器和搓纸轮，检查定影和转印，更新固件，打印测试页，由客户签字。")
    b.art("非合同客户收费：")
    b.table(["项目", "标准"], [
        ["上门费", "杭州主城区80元/次；萧山、余杭、临平、钱塘120元/次；其他地区150元/次"],
        ["工时费", "一般故障100元；更换部件200元；主板、激光单元等300元"],
        ["配件", "按公司配件价目表"],
        ["移机", "200元/台（全保合同免费）"],
    ], widths=[3.2, 12.4])
    b.sub("工程师维修前应向客户报价，客户同意后再维修，并在工单上注明收费金额。价目表在两个服务站张贴，并在微信服务号公布。")
    b.art("上门服务规范：")
    b.sub("（一）预约：电话联系时说明预计到达时间，不能按时到达的提前告知；")
    b.sub("（二）形象：穿公司工装、佩戴工牌，进入客户办公室穿鞋套；")
    b.sub("（三）行为：不翻看、不复制客户的文件和设备中的数据；不接受客户吃请和礼品；不向客户推销非公司的耗材；")
    b.sub("（四）完工：清理现场，向客户说明故障原因和使用注意事项，请客户在工单上签字。")
    b.table(["场合", "规范用语", "避免"], [
        ["到达", "您好，我是文印通的工程师××，来给您修复印机。", "哪台坏了？"],
        ["说明原因", "这次是搓纸轮磨损了，换了新的，之后纸张请放平整。", "你们自己用坏的。"],
        ["需要等配件", "这个配件要调货，预计×日到，先给您送备用机过来。", "等着吧，什么时候到不知道。"],
        ["离开", "已经修好了，麻烦您签个字，有问题随时打400。", "—"],
    ], widths=[2.4, 8.4, 4.8])
    b.art("作业与安全：")
    b.sub("（一）拆机前必须断电；定影组件拆卸前冷却不少于15分钟；不得直视激光单元；")
    b.sub("（二）投影仪吊装和高处作业两人配合，系安全带；")
    b.sub("（三）使用原装或经公司检验的配件，换下的旧件带回服务站；")
    b.sub("（四）清洁墨粉使用专用吸粉器，不得用压缩空气吹粉；维修时在设备周围铺防尘垫布；废墨粉、废粉盒、旧硒鼓装袋带回库房集中存放；")
    b.sub("（五）发现设备冒烟、起火等情况，立即断电，必要时拨打119，并报告服务部经理。")
    b.art("按需定制：销售部和服务部根据客户的印量和使用习惯设计全保、半保或按张计费方案；学校在期末考试、中考前印制试卷的，可提前一周申请工程师驻场保障；医院可约定门诊高峰前的巡检时间。")
    b.art("优先派工：医院门诊、检验、收费等科室的设备，以及学校考试期间的报修，调度优先派单。")

    b.ch("退换货与旧机回收")
    b.art("退换货由销售部销售内勤王丽萍负责受理和登记。新机签收后7日内出现性能故障的，可换同型号新机；15日内出现性能故障的，可换机或修理；保修期内修理两次仍不能正常使用的，予以换机。耗材有质量问题的换货。")
    b.art("非质量原因的退换：未拆封耗材7日内可退；已开箱的设备原则上不退，确需退的，收取货值10%的折旧费和往返运费，由销售人员在办理前向客户说明。")
    b.art("以旧换新和旧机回收：客户购买新机时可以旧换新，旧机按《以旧换新估价表》抵扣；客户淘汰或报废的设备可由公司回收。回收带硬盘的复合机，应在客户见证下拆除硬盘交客户，或现场格式化并由客户签字确认，在《旧机回收登记》中记录。"
          "可翻新的旧机作备用机，其余由库房定期处理。")

    b.ch("客户关系与信息反馈")
    b.art("客户档案：销售部客户经理负责所辖合同客户的档案（合同、设备清单、联系人），在《全保合同客户设备清单》等表格中维护。")
    b.art("回访：前台在维修、安装完工后3个工作日内电话回访，回访比例不低于当月完工工单的50%，记录在《客户回访记录》中；客户不满意的转服务部经理处理。")
    b.art("满意度调查：每年上半年由服务部会同销售部开展一次客户满意度调查，形成书面报告。")
    b.art("投诉：客户投诉按《客户投诉处理程序》执行。")
    b.art("信息反馈：服务部每月5日前向总经理和销售部报送服务月报；同一机型批量或反复出现的故障，由技术主管填写厂家《质量信息反馈单》报柯睿或明视达区域服务中心，并跟踪答复；通用耗材的质量问题反馈采购部。")

    b.ch("监督与考核")
    b.art("服务部经理每周抽查工单不少于5张，检查到场时间、收费和客户签字，并结合回访结果考核工程师。公司暂未设专门的服务质量监督岗位。")
    b.art("奖惩：经核实的有效投诉，每次扣责任工程师200元并扣当月积分；工单无客户签字的不计积分；私自收费或向客户推销非公司耗材的，解除劳动合同。")
    b.art("服务目标：")
    b.table(["指标", "目标值", "统计口径"], [
        ["30分钟内联系率", "≥95%", "30分钟内电话联系客户的报修/报修数（不含客户直接联系工程师）"],
        ["到场及时率", "≥95%", "按第十八条时限到场的故障维修工单/故障维修工单"],
        ["修复及时率", "≥95%", "按第二十二条时限修复的工单/已完工故障维修工单"],
        ["一次修复率", "≥85%", "首次上门即修复的工单/已完工故障维修工单"],
        ["耗材按时送达率", "≥95%", "按第二十三条时限送达的订单/订单数"],
        ["季度保养完成率", "100%", "已完成保养次数/全保合同应保养次数"],
        ["回访比例", "≥50%", "回访工单数/完工工单数"],
        ["客户满意度", "≥90分", "年度满意度调查"],
    ], widths=[3.6, 2.4, 9.6])
    b.sub("服务目标每年12月由服务部经理评审，报总经理批准后下达下一年度目标。")

    b.ch("附则")
    b.art("服务类制度由服务部起草，分管副总经理审核，总经理批准后发布；每三年至少评审一次。")
    b.art("合同客户的资料由销售部保管；工程师不得向无关人员透露客户信息，维修中接触到的客户文件和数据不得查看、复制或带走。")
    b.art("本手册由服务部负责解释，自2026年3月1日起施行，V2.0版同时废止。")

    b.save(out / "售后服务管理手册_WYT-FW-001_V2.1.docx", author="郑海峰", last_by="郑海峰",
           created=d(2026, 2, 5, 9, 30), modified=d(2026, 2, 24, 15, 10), revision=7,
           subject="售后服务管理", keywords="售后服务;手册")


# --------------------------------------------------------------------------- #
# 2. 办公设备维保服务合同（范本） (DOCX, 2022, sales department)
# --------------------------------------------------------------------------- #

def make_contract(out: Path):
    meta = dict(doc_no="WYT-HT-03", version="2022版", effective="2022年3月1日",
                drafted="孙立新 2022.02.10", reviewed="何晓东 2022.02.18", approved="陈国梁 2022.02.22",
                footer="合同范本　签订时按实际情况填写")
    b = DocxBuilder("办公设备维保服务合同（范本）", meta)
    b.cover(controlled=False)
    b.p("合同编号：QB/BB-______-____", indent=False)
    b.p("甲方（客户）：________________________　　地址：________________________", indent=False)
    b.p(f"乙方（服务方）：{COMPANY}　　地址：杭州市拱墅区莫干山路1088号", indent=False)
    b.p("甲乙双方经友好协商，就乙方为甲方提供办公设备维护保养服务事宜，订立本合同，共同遵守。")
    b.art("服务设备：甲方委托乙方维护保养的设备见附件《设备清单》（型号、机身编号、安装地点）。合同期内甲方新增或减少设备的，双方签订补充协议。")
    b.art("服务方式（在□内打√）：")
    b.sub("□全保：乙方负责人工、配件和原装耗材（纸张除外），按实际印量计费，每季度上门保养一次；")
    b.sub("□半保：乙方负责人工，配件按乙方价目表8折、耗材9折另行收费。")
    b.art("服务费用：")
    b.sub("（一）全保：黑白每张____元，彩色每张____元；每月保底____张，当月黑白印量不足保底张数的按保底张数计费；")
    b.sub("（二）半保：年服务费______元，于每个服务年度开始后15日内支付。")
    b.art("抄表与结算：全保设备每月25日前后抄表，由乙方工程师上门抄录或甲方以微信发送计数器照片；乙方于次月5日前开具发票，甲方收到发票后15日内付款。双方对张数有异议的，以设备计数器为准。")
    b.art(f"服务响应：乙方服务热线{HOTLINE}（周一至周六8:30—17:30），微信服务号“{WECHAT}”可随时报修。"
          "乙方接到甲方报修后2小时内响应，杭州市区（含萧山、余杭）及绍兴市区8小时内到达现场，其他地区24小时内到达现场。")
    b.art("维修与备用机：乙方应尽快修复故障设备。设备3个工作日内不能修复的，乙方免费提供同类备用机，至原设备修复为止。因配件停产等原因设备无法修复的，双方协商更换设备事宜。")
    b.art("保养：全保设备乙方每季度上门保养一次，保养后由甲方在保养单上签字。")
    b.art("甲方义务：按说明书要求使用设备，使用符合要求的纸张；不得自行拆修或让第三方维修合同设备；设备移位应提前通知乙方；为乙方工程师提供必要的工作条件。")
    b.art("保密：乙方人员在服务中接触到的甲方文件和资料，不得查看、复制或对外泄露。设备更换或合同终止时，乙方回收的设备中存储的数据，由甲方确认清除后方可运离。")
    b.art("违约：甲方逾期付款超过30日的，乙方可暂停服务；乙方未按本合同约定提供服务的，甲方可要求乙方限期改正。")
    b.art("合同期限：本合同自____年__月__日起至____年__月__日止。期满前30日内双方无异议的，按原条件续签一年。")
    b.art("争议解决：因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。")
    b.art("本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。")
    b.p("甲方（盖章）：　　　　　　　　　　乙方（盖章）：", indent=False)
    b.p("代表签字：　　　　　　　　　　　　代表签字：", indent=False)
    b.p("日期：　　年　　月　　日　　　　　日期：　　年　　月　　日", indent=False)
    b.page_break()
    b.p("附件：设备清单", indent=False, bold=True)
    b.table(["序号", "设备型号", "机身编号", "安装地点", "初始计数（黑白/彩色）", "备注"],
            [[str(i), "", "", "", "", ""] for i in range(1, 7)], widths=[1.2, 3.4, 3.2, 3.4, 3.2, 1.6])
    b.save(out / "办公设备维保服务合同（范本）_WYT-HT-03.docx", author="孙立新", last_by="孙立新",
           created=d(2022, 2, 10, 10, 0), modified=d(2022, 2, 22, 17, 0), revision=4,
           subject="维保合同范本", keywords="合同;全保;半保")


# --------------------------------------------------------------------------- #
# 3. 客户投诉处理程序 (DOCX, 2020, never revised)
# --------------------------------------------------------------------------- #

def make_complaint_procedure(out: Path):
    meta = dict(doc_no="WYT-FW-005", version="V1.0", effective="2020年8月1日",
                drafted="刘伟 2020.07.10", reviewed="何晓东 2020.07.20", approved="陈国梁 2020.07.24",
                distribution="发放范围：客户服务部、销售部、行政部")
    b = DocxBuilder("客户投诉处理程序", meta)
    b.cover()
    b.h2("1　目的")
    b.p("及时、妥善处理客户对公司产品和服务的投诉，减少客户流失。")
    b.h2("2　适用范围")
    b.p("适用于客户对公司销售的设备、耗材以及送货、安装、维修、维保服务的投诉。")
    b.h2("3　职责")
    b.p("3.1　客户服务部负责投诉的受理、登记和跟踪，行政部前台接到投诉电话的转客户服务部。", indent=False)
    b.p("3.2　客户服务部经理负责投诉的调查和处理，涉及销售的会同销售部处理。", indent=False)
    b.p("3.3　重大投诉由分管副总经理处理，必要时报总经理。", indent=False)
    b.h2("4　投诉渠道")
    b.p(f"客户可通过以下方式投诉：400热线{HOTLINE}；服务投诉电话{COMPLAINT_TEL}；电子邮箱{MAIL}；微信公众号留言；向客户经理或上门工程师反映；总经理信箱（总部一楼）。", indent=False)
    b.h2("5　受理和登记")
    b.p("5.1　接到投诉的人员应首先致歉，问清投诉人、单位、联系方式、投诉事项和要求，不得推诿。", indent=False)
    b.p("5.2　所有投诉当日登记在《客户投诉登记表》中，编号TS-年份-序号。", indent=False)
    b.p("5.3　以下投诉为重大投诉，受理人应立即报告客户服务部经理和分管副总经理：医院设备停机影响诊疗的；客户提出解除合同或索赔的；可能引起媒体曝光的。", indent=False)
    b.h2("6　处理时限")
    b.table(["环节", "时限"], [
        ["联系投诉人", "受理后1个工作日内"],
        ["提出处理意见并答复客户", "受理后3个工作日内"],
        ["办结", "受理后7个工作日内；需厂家处理的可延长至15个工作日，并告知客户"],
    ], widths=[6.0, 9.6])
    b.h2("7　调查和处理")
    b.p("7.1　处理人应查阅工单、抄表和送货记录，向工程师、客户经理了解情况，必要时上门核实。", indent=False)
    b.p("7.2　责任在公司的，按第8条采取补救措施；责任不在公司的，向客户耐心说明。", indent=False)
    b.h2("8　补救措施")
    b.table(["情形", "补救措施"], [
        ["工程师迟到或未按约定上门", "致歉；非合同客户免收本次上门费"],
        ["同一故障30日内重复报修", "由技术主管上门，免费返修；仍不能解决的提供备用机或换机"],
        ["等待配件时间长", "提供备用机；协调厂家加急调货"],
        ["收费有争议", "核实后多收的退还"],
        ["服务态度、行为问题", "致歉，更换工程师，按公司规定处理责任人"],
        ["耗材质量问题", "免费换货，造成损失的协商补偿"],
    ], widths=[5.4, 10.2])
    b.h2("9　答复和回访")
    b.p("处理结果应答复客户，答复日期和客户意见记入登记表；办结后3个工作日内回访，客户不满意的重新处理。", indent=False)
    b.h2("10　统计分析")
    b.p("客户服务部每季度汇总投诉，分析原因，提出改进措施，报分管副总经理。", indent=False)
    b.h2("11　记录")
    b.p("《客户投诉登记表》及有关资料由客户服务部保存，保存期2年。", indent=False)
    b.save(out / "客户投诉处理程序_WYT-FW-005.docx", author="刘伟", last_by="刘伟",
           created=d(2020, 7, 10, 14, 0), modified=d(2020, 7, 24, 11, 20), revision=3,
           subject="投诉处理", keywords="投诉")


# --------------------------------------------------------------------------- #
# 4. 大客户服务管理办法（征求意见稿） (DOCX)
# --------------------------------------------------------------------------- #

def make_key_account_draft(out: Path):
    meta = dict(doc_no="WYT-XS-006", version="V0.2（征求意见稿）", effective="【待定】",
                drafted="孙立新 2026.10.20", reviewed="—", approved="—",
                footer="征求意见稿　请于2026年11月30日前将意见反馈销售一部",
                distribution="征求意见范围：销售部、服务部、财务部")
    b = DocxBuilder("大客户服务管理办法（征求意见稿）", meta)
    b.cover()
    b.p("说明：本办法为征求意见稿，尚未经审批，不作为执行依据。标【待定】的内容待各部门反馈后确定。", bold=True)
    b.art("为稳定重点客户、提高续约率，对大客户提供更及时、更有针对性的服务，制定本办法。")
    b.art("大客户是指符合下列条件之一的客户：年合同额8万元以上；在保设备10台以上；二级以上医院；区属以上重点中学。大客户名单由销售部每年1月确定，报分管副总经理批准。预计2027年大客户约【15】家。")
    b.art("服务团队：公司拟设大客户服务专员【2】名，由服务部选派中级以上工程师担任，专门负责大客户的报修跟进、巡检和定期走访；专员到位前由客户经理兼管。")
    b.art("服务流程：")
    b.sub("（一）签约：签约时确定客户的服务联系人和设备清单，建立大客户服务档案；")
    b.sub("（二）走访：大客户服务专员每季度走访一次，听取意见，检查设备；")
    b.sub("（三）报告：每半年向客户提交一份服务报告（设备运行、印量、故障、耗材使用）；")
    b.sub("（四）评估：合同到期前三个月进行续约评估。")
    b.art("绿色通道：大客户设报修专线【号码待定】；杭州主城区2小时到场；备用机优先调配；配件缺货的由服务部经理直接向厂家催调；投诉由分管副总经理直接处理。")
    b.art("定制方案：根据大客户的印量和部门分布，提供按部门计数、打印管理软件、耗材寄存等方案，具体收费【待财务部核定】。")
    b.art("考核：大客户的续约率、满意度和报修到场及时率作为销售一部和服务部的考核指标，具体办法【待定】。")
    b.art("本办法由销售部负责解释，自【待定】起施行。")
    b.save(out / "大客户服务管理办法（征求意见稿）.docx", author="孙立新", last_by="孙立新",
           created=d(2026, 10, 12, 15, 0), modified=d(2026, 10, 20, 18, 10), revision=2,
           subject="征求意见稿", keywords="大客户;征求意见稿")


# --------------------------------------------------------------------------- #
# 5. 供应商管理规定 (DOCX, 2021)
# --------------------------------------------------------------------------- #

def make_supplier_rule(out: Path):
    meta = dict(doc_no="WYT-CG-002", version="V1.0", effective="2021年4月1日",
                drafted="马俊 2021.03.15", reviewed="何晓东 2021.03.22", approved="陈国梁 2021.03.26",
                distribution="发放范围：采购部、库房、财务部")
    b = DocxBuilder("供应商管理规定", meta)
    b.cover()
    b.art("为规范采购工作，控制采购成本，制定本规定。")
    b.art("本规定适用于整机、原装配件和耗材、通用耗材、办公用品和物流服务的供应商。柯睿、明视达整机和原装配件耗材由品牌厂家或其授权的省级分销商供货。")
    b.art("新供应商应提供加盖公章的营业执照复印件，经采购部经理确认后列入《供应商名录》。")
    b.art("采购流程：请购—询价—审批—下单—验收—入库—付款。单笔5,000元以上的采购，应向两家以上供应商询价比较。")
    b.art("验收：库房按送货单核对型号、数量和外包装，无误后签收入库。")
    b.art("付款：按合同约定的账期付款，一般为月结30天。")
    b.art("《供应商名录》每年1月更新一次，一年内未发生采购的供应商从名录中删除。")
    b.art("本规定由采购部负责解释，自2021年4月1日起施行。")
    b.p("附：供应商名录（2026年1月更新）", indent=False, bold=True)
    b.table(["序号", "供应商", "供货内容", "准入资料", "列入日期"], [
        ["1", "浙江柯睿办公系统有限公司", "柯睿整机、原装配件和耗材", "营业执照、品牌授权书", "2012.05"],
        ["2", "明视达（中国）华东分销中心", "明视达投影仪及配件", "营业执照、品牌授权书", "2016.08"],
        ["3", "义乌市佳彩办公耗材厂", "通用（兼容）硒鼓、墨粉", "营业执照", "2021.06"],
        ["4", "杭州维佳电子配件有限公司", "投影仪吊架、线材、通用配件", "营业执照", "2019.03"],
        ["5", "杭州顺捷物流有限公司", "大件设备运输", "营业执照", "2020.11"],
        ["6", "杭州市拱墅区晨光文具批发部", "纸张、办公用品", "营业执照", "2018.04"],
    ], widths=[1.2, 5.0, 4.6, 3.0, 1.8])
    b.save(out / "供应商管理规定_WYT-CG-002.docx", author="马俊", last_by="马俊",
           created=d(2021, 3, 15, 10, 0), modified=d(2026, 1, 8, 16, 20), revision=5,
           subject="供应商管理", keywords="采购;供应商")


# --------------------------------------------------------------------------- #
# 6. 2026年上半年维修工单分析报告 (PDF)
# --------------------------------------------------------------------------- #

H1_END = dt.date(2026, 6, 30)


def _roller_cases(orders, first, last):
    return [o for o in orders if o["kind"] == "故障维修" and o["model"] == "柯睿 MX-4520"
            and o["part"] == "搓纸轮组件" and first <= o["day"] <= last]


def make_analysis_pdf(out: Path, orders):
    h = order_stats(orders, H1_END)
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年上半年维修工单分析报告", "title")
    a.p("服务部　编制：周斌　审核：郑海峰　2026年7月15日", "right")
    a.add(Spacer(1, 6))
    a.p("本报告根据《2026年维修服务工单台账》1—6月的记录整理，用于找出反复出现的故障和服务短板，提出下半年的改进措施。统计口径与《售后服务管理手册》第四十六条一致。")

    a.p("一、总体情况", "h2")
    mrows = []
    for m in range(1, 7):
        mo = [o for o in orders if o["day"].month == m]
        rep = [o for o in mo if o["kind"] == "故障维修"]
        al = sum(1 for o in rep if o["arr_late"] == "是")
        rl = sum(1 for o in rep if o["rep_late"] == "是")
        mrows.append([f"{m}月", len(mo), len(rep), al, pct(1 - al / len(rep)), rl, pct(1 - rl / len(rep))])
    mrows.append(["合计", h["total"], h["repairs"], h["arr_late"], pct(h["arr_rate"]), h["rep_late"],
                  pct(h["rep_rate"])])
    a.add(pdf_table(["月份", "工单总数", "故障维修", "到场超时", "到场及时率", "修复超时", "修复及时率"],
                    mrows, [2.0 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.7 * cm, 2.3 * cm, WIDTH - 13.9 * cm],
                    center_cols=(0, 1, 2, 3, 4, 5, 6)))
    a.add(Spacer(1, 4))
    a.p(f"上半年工单{h['total']}张，其中故障维修{h['repairs']}张、新机安装{h['installs']}张、电话指导{h['phone']}张、"
        f"考试季驻场{h['exam']}次。30分钟内联系率{pct(h['resp_rate'])}，到场及时率{pct(h['arr_rate'])}，"
        f"修复及时率{pct(h['rep_rate'])}，一次修复率{pct(h['ff_rate'])}，到场及时率、修复及时率和一次修复率都没有达到手册目标。"
        f"因等待配件延误的{h['waited']}张（其中缺货{h['stockout']}张），按规定送备用机{h['backup']}次。")

    a.p("二、故障分布", "h2")
    a.add(pdf_table(["故障类别", "工单数", "占比"],
                    [[k, v, pct(v / h["repairs"])] for k, v in h["faults"]],
                    [7.0 * cm, 3.0 * cm, WIDTH - 10 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))
    rc = _roller_cases(orders, dt.date(2026, 1, 1), H1_END)
    a.p(f"卡纸、不进纸仍是最多的故障。其中柯睿MX-4520更换纸盒搓纸轮组件{len(rc)}次，涉及{len({o['serial'] for o in rc})}台机器，"
        "搓纸轮磨损打滑比其他机型明显偏早。")

    a.p("三、各区域到场情况", "h2")
    zrows = [[z, n, late, pct(1 - late / n)] for z, (n, late) in
             sorted(h["zones"].items(), key=lambda kv: -kv[1][0])]
    a.add(pdf_table(["区域", "故障维修工单", "到场超时", "到场及时率"], zrows,
                    [6.0 * cm, 3.2 * cm, 3.2 * cm, WIDTH - 12.4 * cm], center_cols=(1, 2, 3)))
    a.add(Spacer(1, 4))
    a.p("绍兴柯桥和上虞的超时比例明显高于杭州主城区。绍兴服务站连站长在内只有5人，同时负责越城、柯桥、上虞和诸暨合作点的协调，报修集中时排不开。")

    a.p("四、30天内重复报修的设备", "h2")
    rp = repeats(orders, H1_END)
    a.add(pdf_table(["机身编号", "客户", "报修日期及故障"],
                    [[serial, hit[0]["cust"], "；".join(f"{md(o['day'])} {o['text']}" for o in hit)]
                     for serial, hit in rp],
                    [3.2 * cm, 5.2 * cm, WIDTH - 8.4 * cm]))
    a.add(Spacer(1, 4))
    a.p(f"上半年有{len(rp)}台设备在30天内重复报修。其中杭州城北康复医院门诊楼的MX-4520（KR452318807）3月内三次因进纸问题报修，"
        "客户投诉后由技术主管上门更换整套进纸组件，此后未再出现进纸故障；明远中学一台EP-X52投影仪两次过热关机，第二次更换了散热风扇。其余多为不同部位的故障。")

    a.p("五、原因分析与改进措施", "h2")
    a.add(pdf_table(["问题", "原因", "措施", "责任人/时间"], [
        ["MX-4520搓纸轮磨损早", "该机型搓纸轮材料耐磨性差（同行也有反映）",
         "4月、6月两次填写《质量信息反馈单》报柯睿华东服务中心；全保客户保养时对该机型预防性更换", "周斌，7月起"],
        ["MX-6055定影组件缺货", "4—5月柯睿全国缺货，公司安全库存只有2件",
         "定影组件安全库存由2件调到5件，绍兴站前置2件", "葛静、马俊，7月"],
        ["柯桥、上虞到场超时", "绍兴站人手不足，报修集中时排不开",
         "绍兴站下半年增加1名工程师；调度按区域分片派单", "傅建伟、林珊，9月前"],
        ["重复报修", "首次维修只处理表面故障，未检查相关部件",
         "同一设备30天内第二次报修的，由站长或技术主管上门", "各站站长，即日起"],
        ["一次修复率低", "工程师出门前没有问清故障，配件没带齐",
         "调度派单时写明故障现象和可能用到的配件", "陈露，即日起"],
    ], [3.4 * cm, 4.2 * cm, 5.6 * cm, WIDTH - 13.2 * cm]))
    a.add(Spacer(1, 6))
    a.p("六、需要公司协调的事项", "h2")
    a.p("1．绍兴站增加工程师的招聘计划请行政人事部安排。")
    a.p("2．绍兴站没有高速备用机，5月永盛纺织一单只能送MX-4520，客户不满意，建议增配一台MX-6055备用机。")

    build_pdf(out / "2026年上半年维修工单分析报告.pdf", a.story, title="2026年上半年维修工单分析报告",
              author="周斌", subject="工单分析", header_text="服务部　工单分析",
              date=d(2026, 7, 15, 16, 30))


# --------------------------------------------------------------------------- #
# 7. 2026年客户满意度调查报告 (PDF)
# --------------------------------------------------------------------------- #

SURVEY_ITEMS = [  # item, weight, score
    ("报修便捷（400接通、微信报修）", 0.15, 78.6),
    ("到场及时", 0.20, 83.9),
    ("维修质量", 0.20, 89.4),
    ("服务态度和规范", 0.15, 93.2),
    ("耗材配送", 0.10, 91.0),
    ("备用机保障", 0.10, 88.5),
    ("收费透明", 0.10, 90.4),
]


def survey_score():
    return round(sum(w * v for _, w, v in SURVEY_ITEMS), 1)


def make_survey_pdf(out: Path):
    total = survey_score()
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年客户满意度调查报告", "title")
    a.p("服务部、销售部　2026年6月8日", "right")
    a.add(Spacer(1, 6))
    a.p("一、调查概况", "h2")
    a.p("调查时间：2026年5月11日—5月29日。调查对象：全部维保合同客户（38家）的设备管理联系人，以及2025年以来购买新机的非合同客户22家，共发放问卷60份。"
        "调查方式：客户经理上门或微信发送问卷，客户填写后收回。收回有效问卷46份，回收率76.7%。每项按“很满意、满意、一般、不满意、很不满意”五级打分，折算为百分制。")
    a.p("二、调查结果", "h2")
    a.add(pdf_table(["调查项目", "权重", "得分"], [[k, f"{w:.0%}", f"{v:.1f}"] for k, w, v in SURVEY_ITEMS]
                    + [["综合满意度（加权）", "100%", f"{total:.1f}"]],
                    [8.0 * cm, 3.0 * cm, WIDTH - 11 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))
    a.add(pdf_table(["客户类别", "有效问卷", "综合满意度"], [
        ["企业", 19, "88.9"], ["学校", 15, "87.7"], ["医院", 12, "85.3"],
    ], [6.0 * cm, 4.0 * cm, WIDTH - 10 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))
    a.p(f"综合满意度{total:.1f}分，未达到90分的目标。得分最低的是报修便捷和到场及时。")
    a.p("三、客户主要意见", "h2")
    for t in [
        "1．400电话中午和下午四点以后经常没人接，打几次才打通（11份问卷提到）。",
        "2．宣传说“2小时上门”，实际很多时候要半天，柯桥、上虞的客户意见较大（9份）。",
        "3．同一台机器修了又坏，希望一次修好（6份）。",
        "4．医院客户希望门诊设备出故障时能更快到场，或者在门诊楼放一台备用机（4份）。",
        "5．抄表账单希望附上计数器照片，方便核对（3份）。",
        "6．工程师态度好、讲解清楚，得到多数客户认可。",
    ]:
        a.p(t, "sub")
    a.p("四、改进措施", "h2")
    for t in [
        "1．服务部向总经理提出400热线接听的改进方案（前台午休轮班）。",
        "2．统一对外宣传的到场时间，由销售部和服务部共同修改宣传材料（尚未落实）。",
        "3．重复报修由站长或技术主管上门（见上半年工单分析报告）。",
        "4．抄表账单附计数器照片，7月起执行。",
    ]:
        a.p(t, "sub")
    a.add(Spacer(1, 8))
    a.p("编制：郑海峰　黄蓓　　审核：何晓东", "right")
    build_pdf(out / "2026年客户满意度调查报告.pdf", a.story, title="2026年客户满意度调查报告",
              author="郑海峰", subject="满意度调查", header_text="客户满意度调查",
              date=d(2026, 6, 8, 10, 0))


# --------------------------------------------------------------------------- #
# 8. 2026年度服务部工作总结 (PDF)
# --------------------------------------------------------------------------- #

def make_summary_pdf(out: Path, orders, visits, supply, maint, recycle):
    s = order_stats(orders)
    v = visit_stats(orders, visits)
    sp = supply_stats(supply)
    done_m = sum(1 for r in maint if r[6] == "已完成")
    disk_no = sum(1 for r in recycle if r[8] == "未处理")
    before = _roller_cases(orders, dt.date(2026, 1, 1), dt.date(2026, 8, 31))
    after = _roller_cases(orders, dt.date(2026, 9, 1), AS_OF)
    survey = survey_score()
    a = PdfArticles()
    a.p(COMPANY, "company")
    a.p("2026年度服务部工作总结", "title")
    a.p("服务部　郑海峰　2026年11月21日", "right")
    a.add(Spacer(1, 6))
    a.p("2026年服务部围绕“到得快、修得好、少停机”做了一些工作，也暴露出不少问题。现将1—11月（工单数据截至11月20日）的情况总结如下。")

    a.p("一、主要指标完成情况", "h2")
    a.add(pdf_table(["指标", "2026年目标", "完成情况", "评价"], [
        ["30分钟内联系率", "≥95%", pct(s["resp_rate"]), "达成" if s["resp_rate"] >= .95 else "未达成"],
        ["到场及时率", "≥95%", pct(s["arr_rate"]), "达成" if s["arr_rate"] >= .95 else "未达成"],
        ["修复及时率", "≥95%", pct(s["rep_rate"]), "达成" if s["rep_rate"] >= .95 else "未达成"],
        ["一次修复率", "≥85%", pct(s["ff_rate"]), "达成" if s["ff_rate"] >= .85 else "未达成"],
        ["耗材按时送达率", "≥95%", pct(sp["rate"]), "达成" if sp["rate"] >= .95 else "未达成"],
        ["季度保养完成率", "100%", f"{pct(done_m / len(maint))}（{done_m}/{len(maint)}）", "未达成"],
        ["回访比例", "≥50%", f"1—6月{pct(v['visited'] / v['done'])}，7月中旬起中断", "未达成"],
        ["客户满意度", "≥90分", f"{survey:.1f}分（5月调查）", "未达成" if survey < 90 else "达成"],
    ], [3.6 * cm, 2.8 * cm, 5.6 * cm, WIDTH - 12 * cm], center_cols=(1, 3)))
    a.add(Spacer(1, 4))

    a.p("二、主要工作", "h2")
    a.p(f"（一）维修服务。全年登记工单{s['total']}张，其中故障维修{s['repairs']}张（诸暨合作服务点{s['hengda']}张）、移机{s['moves']}张、"
        f"电话指导{s['phone']}张。因等待配件延误{s['waited']}张，按规定送备用机{s['backup']}次，另有{s['backup_declined']}次客户表示不需要。"
        f"{s['open']}张工单因激光单元订货尚未完工，已送备用机。维修收费（非合同客户维修、半保客户配件、移机）合计{s['fee']:,}元。")
    on_time = "全部按合同约定日期完成" if not s["install_late"] else f"{s['install_late']}批晚于约定日期"
    a.p(f"（二）新机安装。全年安装新机{s['installs']}批、{s['install_units']}台，其中8—9月为学校开学集中安装投影仪；{on_time}，"
        f"现场培训客户管理员和教师。以旧换新{s['trade_in']}台。")
    a.p(f"（三）维保合同。全保合同{len(QB_CONTRACTS)}份，每月按时抄表，抄表时发现耗材不足的主动补送{sp['proactive']}次；7月起抄表账单附计数器照片。"
          f"季度保养应做{len(maint)}次、完成{done_m}次。")
    a.p(f"（四）耗材配送。全年配送订单{sp['n']}单，按时送达率{pct(sp['rate'])}。9月起绍兴服务站前置耗材库存，越城、柯桥、上虞的订单改由绍兴站自送，"
        f"平均送达时间由{sp['sx_before']:.1f}个工作日缩短到{sp['sx_after']:.1f}个工作日。")
    a.p(f"（五）考试季保障。1月和6月为{s['exam']}所次学校提供期末考试、中考试卷印制驻场保障，未发生因设备故障影响印卷的情况。")
    a.p(f"（六）厂家反馈。针对MX-4520搓纸轮磨损早的问题，4月、6月两次向柯睿华东服务中心提交质量信息反馈单，柯睿8月提供了改进型搓纸轮，"
        f"保养时对该机型预防性更换。该机型更换搓纸轮的报修1—8月{len(before)}次，9月以来{len(after)}次。")
    a.p("（七）人员。新入职8人（工程师6人、配送员1人、前台1人），全部完成岗前培训；绍兴站9月新增工程师1名。一至三季度评选“服务之星”9人次。12月计划组织服务部年终聚餐。")
    a.p(f"（八）客户满意度。5月开展年度满意度调查，收回有效问卷46份，综合满意度{survey:.1f}分，意见集中在400难打通和到场时间。")
    a.p("（九）客户投诉。全年登记客户投诉6件，均已处理完毕，投诉解决率100%。")

    a.p("三、存在的问题", "h2")
    for t in [
        f"1．到场及时率{pct(s['arr_rate'])}、修复及时率{pct(s['rep_rate'])}、一次修复率{pct(s['ff_rate'])}都没有达到目标。超时主要在柯桥、上虞和富阳；4—5月MX-6055定影组件缺货，有的客户等了半个月。",
        f"2．季度保养完成率只有{pct(done_m / len(maint))}。故障报修多的时候，工程师先顾维修，保养就往后拖，拖到下个季度就不补了；轻纺城物业因此投诉，合同11月底到期后不再续签。",
        f"3．客户回访7月10日以后中断。前台吴若溪离职后回访工作没有交接，8—11月没有回访记录，1—6月的回访比例为{pct(v['visited'] / v['done'])}。",
        "4．400热线由前台两人兼接，她们还要接待来访、收发快递，中午和下午四点以后常常没人接，电话系统显示每月未接来电60—90个。前台不懂设备，报修信息记不全，工程师经常要再打电话问。公司没有专门的客服人员。",
        "5．对外承诺不统一：微信服务号写“30分钟响应、2小时上门”，维保合同范本写“2小时响应、8小时到场”，手册是主城区4小时。客户按宣传的时间要求我们，1月远望设计院的投诉就是这样引起的。",
        "6．培训只有岗前培训，在岗培训全年没有组织，9月柯睿新机型MX-C3530只有周斌参加了厂家的线上培训。公司目前没有人持有售后服务管理师证书，服务人员的培养也没有计划。",
        "7．服务理念“随叫随到，修好为止”只写在手册和微信上，没有专门宣讲，新员工大多说不上来。",
        "8．工单、抄表、回访、客户设备清单都在Excel里，分散在调度、前台和销售部，查一台机器的维修历史要翻好几张表。",
        "9．通用硒鼓供应商只查了营业执照，来货没有检验；9月义乌佳彩一批硒鼓漏粉弄脏了学校试卷。对供应商没有考核。",
        "10．诸暨恒达合作点的上门质量我们只能从工单台账看结果，没有对他们做过考核和培训。",
        f"11．旧机和废硒鼓一直交给良渚一家个体回收点，没有签协议，对方也没有相关资质；今年回收的旧复合机中有{disk_no}台硬盘没有处理，其中1台已翻新作备用机（BY-16）。",
        "12．服务部经理每周抽查工单没有留下记录；公司没有做过服务方面的内部检查或评审。",
        "13．公司没有应急专项经费，服务方面的新做法也没有安排专门的人员和经费。",
    ]:
        a.p(t, "sub")

    a.p("四、2027年工作计划", "h2")
    for t in [
        "1．计划2027年上线CRM系统，把报修、工单、抄表、回访和客户设备档案放到一个系统里，预算约15万元，待总经理审批。",
        "2．计划2027年二季度试点柯睿云平台远程诊断，设备联网后自动上报故障代码和耗材余量，先在10台全保设备上试用。",
        "3．拟招聘专职客服2名，400热线改由服务部接听，回访由客服负责。",
        "4．2027年1月底前统一微信服务号、合同范本和手册中的到场时限。",
        "5．《大客户服务管理办法》征求意见后报批，2027年起试行。",
        "6．在岗培训每季度一次；选送2人参加售后服务管理师培训。",
        "7．与有资质的再生资源企业签订旧机和废耗材回收协议，旧机硬盘一律现场处理。",
        "8．修订2020年版《客户投诉处理程序》。",
        "9．绍兴站增配一台MX-6055高速备用机。",
    ]:
        a.p(t, "sub")
    a.p("2027年服务目标（建议）：", "body")
    a.add(pdf_table(["指标", "2026年目标", "2027年目标", "说明"], [
        ["30分钟内联系率", "≥95%", "≥97%", "提高"],
        ["到场及时率", "≥95%", "≥95%", "保持"],
        ["修复及时率", "≥95%", "≥93%", "按实际调整"],
        ["一次修复率", "≥85%", "≥82%", "按实际调整"],
        ["耗材按时送达率", "≥95%", "≥96%", "提高"],
        ["季度保养完成率", "100%", "≥95%", "按实际调整"],
        ["回访比例", "≥50%", "≥60%", "专职客服负责"],
        ["400接通率", "—", "≥90%", "新增"],
        ["客户满意度", "≥90分", "≥90分", "保持"],
    ], [3.6 * cm, 3.0 * cm, 3.0 * cm, WIDTH - 9.6 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 10))
    a.p("编制：郑海峰　　审核：何晓东　　2026年11月21日", "right")
    build_pdf(out / "2026年度服务部工作总结.pdf", a.story, title="2026年度服务部工作总结",
              author="郑海峰", subject="年度工作总结", header_text="服务部", date=d(2026, 11, 21, 17, 0))


# --------------------------------------------------------------------------- #
# 9. 微信服务号文章 (TXT, 2025-04)
# --------------------------------------------------------------------------- #

PAGE_TXT = f"""【服务承诺】文印通：30分钟响应，2小时上门！
文印通服务　2025-04-18　浙江

做办公设备十几年，我们最清楚：复印机一停，整个办公室都着急。
所以文印通只认一句话——随叫随到，修好为止。

■ 我们的承诺
· 报修后30分钟内响应，工程师电话联系您
· 杭州、绍兴市区2小时上门
· 一时修不好的，送备用机过去，不耽误您用
· 全部工程师持柯睿原厂认证，使用原装配件

■ 怎么报修
1. 拨打400热线 {HOTLINE}（周一至周六 8:30—17:30）
2. 或者在本服务号菜单点“我要报修”，填写单位、设备型号和故障，24小时都可以提交
3. 工程师电话联系您，约定上门时间
4. 修好后请您在维修单上签字，我们会电话回访

■ 收费说明（没有签维保合同的设备）
· 上门费：杭州主城区80元，萧山、余杭、临平、钱塘120元，其他地区150元
· 工时费：100—300元，按故障难度
· 配件按价目表，工程师修之前先报价，您同意了再修
· 签了全保合同的，维修、配件、原装耗材都不用另外付钱，按张计费，用多少付多少

■ 买新机
· 杭州、绍兴免费送货、免费安装，现场教会您的管理员用
· 以旧换新：旧机最高抵1500元（2025年4月—2026年12月）

■ 找我们
服务热线：{HOTLINE}
服务投诉：{COMPLAINT_TEL}（服务部）
邮箱：{MAIL}
杭州服务站：杭州市拱墅区莫干山路1088号一楼
绍兴服务站：绍兴市越城区中兴中路226号

阅读 1362　在看 18
"""


def make_page_txt(out: Path):
    (out / "微信服务号文章_服务承诺（2025年4月）.txt").write_text(PAGE_TXT, encoding="utf-8")


# --------------------------------------------------------------------------- #

def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    orders, loans = build_orders()
    s = order_stats(orders)
    visits = build_visits(orders)
    cons, meter, supply = meter_and_supply(orders)
    maint = maintenance_rows(cons)
    recycle = recycle_rows(orders)
    for make in (make_manual, make_contract, make_complaint_procedure, make_key_account_draft,
                 make_supplier_rule, make_survey_pdf, make_page_txt):
        make(out)
    make_training(out)
    make_order_ledger(out, orders, s)
    make_meter_workbook(out, cons, meter, supply, maint)
    make_visit_workbook(out, visits, complaint_rows(orders))
    make_backup_workbook(out, loans, recycle)
    make_analysis_pdf(out, orders)
    make_summary_pdf(out, orders, visits, supply, maint, recycle)
    for f in sorted(out.iterdir()):
        if f.suffix in (".docx", ".pdf", ".xlsx", ".txt"):
            print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main(sys.argv)
