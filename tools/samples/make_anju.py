"""Generate the sample document set of 佛山市安居门窗安装有限公司 (a fictional company).

A small aluminium door/window and sunroom installer (about 35 staff) preparing for its first
after-sales service certification: a warranty card, a contract template, an installation
acceptance list, a repair book, a few complaint rows, a draft policy that has not been
approved, meeting minutes, the owner's year-end summary, notes copied from the customers'
WeChat group (a GBK text file) and a scanned licence PDF without a text layer.

The files are written to evidence_samples/anju-doors/.  The output is deterministic (fixed
dates, fixed ZIP timestamps, fixed PDF dates, no randomness).

    /work/venv/bin/python tools/samples/make_anju.py [output_dir]

labels.yaml, README.md and .checkerignore in the output folder are maintained by hand and
are not touched by this script.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from functools import partial
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

sys.dont_write_bytecode = True  # importing the shared helpers must not leave a __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
# Shared helpers (common.py): OOXML timestamp normalising, East-Asian fonts in DOCX styles,
# the STSong-Light CID font with the CJK line-breaking patch, paragraph styles, the PDF page
# header/footer, PDF tables and XLSX sheets written with fixed core properties.
import common  # noqa: E402
from common import (  # noqa: E402
    PS,
    d,
    docx_paragraph,
    docx_styles,
    docx_table,
    pdf_table,
    save_docx,
    save_xlsx,
    xlsx_sheet,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "evidence_samples" / "anju-doors"
COMPANY = "佛山市安居门窗安装有限公司"
SHOP_ADDR = "佛山市禅城区季华五路163号"
SHOP_TEL = "0757-8233 6618"
AFTER_SALES_MOBILE = "139 2266 8801"

# people
BOSS = "陈志强"       # 总经理(老板)
CLERK = "谭小敏"      # 客服(唯一一名),管售后手机和微信群
TEAM1 = "梁国辉"      # 安装一组组长
TEAM2 = "何永坚"      # 安装二组组长
BUYER = "周建文"      # 采购兼仓管
SALES = "李嘉欣"      # 销售主管
FINANCE = "黄丽芬"    # 财务
OLD_CLERK = "梁小燕"  # 2023年的客服,已离职


# --------------------------------------------------------------------------- #
# helpers
# --------------------------------------------------------------------------- #

# weekdays that were public holidays (the clerk counts 工作日 without them)
HOLIDAYS = {dt.date(2025, 1, 1)} | {dt.date(2026, m, dd) for m, dd in (
    (1, 1), (1, 2), (2, 16), (2, 17), (2, 18), (2, 19), (2, 20), (2, 23), (4, 6), (5, 1), (5, 4),
    (5, 5), (6, 19), (10, 1), (10, 2), (10, 5), (10, 6), (10, 7))}


def workdays_after(start: dt.date, n: int) -> dt.date:
    """The date n working days (Mon-Fri, public holidays excluded) after start."""
    day = start
    while n:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in HOLIDAYS:
            n -= 1
    return day


class SmallDocx:
    """A plain Word document as a small firm writes one: title, 一、 headings, paragraphs, tables."""

    def __init__(self, title: str, *, header: str = "", footer: str = ""):
        self.doc = Document()
        self.title = title
        docx_styles(self.doc, size=11, space_after=2, line_spacing=1.3,
                    headings=(("Title", 16), ("Heading 1", 12.5), ("Heading 2", 11)))
        sec = self.doc.sections[0]
        sec.top_margin = Cm(2.4)
        sec.bottom_margin = Cm(2.2)
        sec.left_margin = Cm(2.5)
        sec.right_margin = Cm(2.5)
        if header:
            hp = sec.header.paragraphs[0]
            hp.text = header
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in hp.runs:
                r.font.size = Pt(9)
        if footer:
            fp = sec.footer.paragraphs[0]
            fp.text = footer
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in fp.runs:
                r.font.size = Pt(9)

    def heading_title(self, text: str | None = None):
        self.doc.add_heading(text or self.title, level=0)

    def h1(self, text: str):
        self.doc.add_heading(text, level=1)

    def h2(self, text: str):
        self.doc.add_heading(text, level=2)

    def p(self, text: str, *, indent: bool = True, align: str | None = None,
          bold: bool = False, size: float | None = None, color: RGBColor | None = None):
        return docx_paragraph(self.doc, text, indent=Pt(22) if indent else None, align=align,
                              bold=bold, size=size, color=color)

    def table(self, header, rows, widths=None, size=10):
        return docx_table(self.doc, header, rows, widths, size=size)

    def save(self, path: Path, *, author: str, created: dt.datetime, modified: dt.datetime,
             last_by: str | None = None, revision: int = 1, identifier: str = ""):
        save_docx(self.doc, path, title=self.title, author=author, created=created,
                  modified=modified, last_by=last_by, revision=revision, identifier=identifier)


# PDF page header: company name left, document right; thinner rule, no stroke colour set.
build_pdf = partial(common.build_pdf, company=COMPANY, line_width=0.4, stroke_color=None)


def para(text: str, style: str = "body"):
    return Paragraph(text, PS[style])


# --------------------------------------------------------------------------- #
# 1. 产品保修卡 (PDF) — the one place the warranty terms are written down
# --------------------------------------------------------------------------- #

def make_warranty_card(out: Path):
    w = A4[0] - 4.4 * cm
    s = []
    s.append(para("安居门窗", "company"))
    s.append(para("产品保修卡", "title"))
    s.append(para("合同编号：AJ-HT-2026-______　　　　No. ______", "right"))
    s.append(Spacer(1, 4))
    info = [["客户姓名", "", "联系电话", ""],
            ["安装地址", "", "", ""],
            ["产品名称", "", "安装日期", "　　年　　月　　日"],
            ["安装班组", "", "验收日期", "　　年　　月　　日"]]
    t = Table([[para(v, "cellc") for v in r] for r in info],
              colWidths=[w * 0.16, w * 0.34, w * 0.16, w * 0.34], rowHeights=[20] * 4)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("SPAN", (1, 1), (3, 1)),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EFEFEF")),
                           ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#EFEFEF")),
                           ("BACKGROUND", (2, 2), (2, 3), colors.HexColor("#EFEFEF")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(t)
    s.append(Spacer(1, 8))

    s.append(para("一、保修范围及保修期", "h2"))
    s.append(para("本公司销售并安装的门窗、阳光房产品，自安装验收合格之日起，在正常使用条件下按下表提供免费保修：", "body"))
    s.append(pdf_table(["保修项目", "保修内容", "保修期"], [
        ["门窗安装工程", "开启不顺、框扇变形、松动、下垂", "2年"],
        ["外窗、阳光房防渗漏", "窗框四周、拼接处、阳光房顶棚渗水漏水", "5年"],
        ["五金件", "执手、合页、滑轮、锁点、锁座、限位撑挡", "2年"],
        ["密封胶条、毛条", "老化、脱落、收缩", "1年"],
        ["中空玻璃", "非人为破裂、中空层起雾进水", "1年"],
        ["铝合金型材", "非人为原因的断裂、表面涂层大面积脱落", "5年"],
    ], [w * 0.25, w * 0.55, w * 0.20], center_cols=(2,)))
    s.append(Spacer(1, 4))
    s.append(para("保修期内属于产品质量或安装质量问题的，本公司免费上门维修或更换，不收取上门费和材料费。", "body"))

    s.append(para("二、下列情况不属于免费保修范围", "h2"))
    for line in ("1．人为损坏（撞击、用力过猛、硬物划伤等）或使用不当造成的损坏；",
                 "2．客户自行拆装、改装，或请非本公司人员维修过的；",
                 "3．台风、地震、火灾、房屋沉降开裂等不可抗力或墙体原因造成的损坏；",
                 "4．超过保修期的，或无法出示本保修卡及购买合同的。"):
        s.append(para(line, "sub"))
    s.append(para("保修期外或不属于免费保修范围的维修，收取材料费和上门服务费，具体费用由师傅上门检查后告知客户，客户同意后再维修。", "body"))

    s.append(para("三、报修方式", "h2"))
    s.append(para(f"售后电话：{AFTER_SALES_MOBILE}（客服小谭，受理时间：周一至周六 8:30—18:00）；"
                  f"门店电话：{SHOP_TEL}。", "body"))
    s.append(para("也可以在“安居门窗售后服务群”里发问题照片、小区楼栋门牌和联系电话报修，"
                  "客服登记后安排师傅上门，接到报修后我们会尽快联系您约定上门时间。", "body"))

    s.append(para("四、使用与保养须知", "h2"))
    for line in ("1．平开窗开启时先将执手转到水平位置，关闭后将执手转到向下位置锁紧；不要在窗扇上挂重物。",
                 "2．推拉窗、推拉门轨道要经常清理砂石杂物，保持排水孔通畅，推拉时用力均匀，不要猛推猛关。",
                 "3．五金件每半年在活动部位滴少量润滑油；执手松动时用螺丝刀拧紧固定螺丝。",
                 "4．玻璃和型材用清水或中性清洁剂擦洗，不要用钢丝球、强酸强碱清洁剂。",
                 "5．台风天气前关好门窗并锁紧，阳光房顶棚不要堆放重物；安装后48小时内不要用力推拉刚打胶的部位。"):
        s.append(para(line, "sub"))
    s.append(Spacer(1, 10))
    s.append(para("客户签收：____________　　　　安装师傅：____________", "body"))
    s.append(Spacer(1, 10))
    s.append(para(f"{COMPANY}　　地址：{SHOP_ADDR}（安居门窗展厅）", "small"))
    s.append(para("本卡请妥善保管，报修时请出示。遗失不补。", "small"))

    build_pdf(out / "安居门窗产品保修卡.pdf", s, title="产品保修卡", author=SALES,
              creator="WPS 文字", date=d(2025, 12, 20, 15, 0),
              header_text="产品保修卡（2026版）")


# --------------------------------------------------------------------------- #
# 2. 销售安装合同样本 (PDF)
# --------------------------------------------------------------------------- #

def make_contract(out: Path):
    w = A4[0] - 4.4 * cm
    s = []
    s.append(para("门窗销售及安装合同", "title"))
    s.append(para("（样本）", "h1"))
    s.append(para("合同编号：AJ-HT-2026-______", "right"))
    s.append(para("甲方（客户）：____________　　联系电话：____________", "body"))
    s.append(para("安装地址：__________________________________________", "body"))
    s.append(para(f"乙方：{COMPANY}　　地址：{SHOP_ADDR}　　电话：{SHOP_TEL}", "body"))
    s.append(para("甲乙双方经协商一致，就甲方向乙方订购门窗产品并由乙方安装事宜签订本合同。", "body"))

    s.append(para("第一条　产品名称、规格及价款", "h2"))
    s.append(pdf_table(["序号", "产品名称", "型材/玻璃", "颜色", "面积(㎡)", "单价(元/㎡)", "金额(元)"],
                       [["1", "", "", "", "", "", ""], ["2", "", "", "", "", "", ""],
                        ["3", "", "", "", "", "", ""], ["合计", "", "", "", "", "", ""]],
                       [w * 0.07, w * 0.2, w * 0.25, w * 0.1, w * 0.12, w * 0.13, w * 0.13],
                       center_cols=(0,)))
    s.append(Spacer(1, 4))
    s.append(para("以上面积按洞口实测尺寸计算，不足1平方米的按1平方米计。报价已含送货、安装及调试费用，乙方不另收取安装费。", "body"))

    s.append(para("第二条　材料标准", "h2"))
    s.append(para("1．型材：佛山市联丰铝材有限公司生产的断桥隔热铝合金型材，主型材壁厚不小于1.4毫米，符合GB/T 5237《铝合金建筑型材》的要求，随货附出厂合格证。", "sub"))
    s.append(para("2．玻璃：5+12A+5中空钢化玻璃（阳光房顶棚为6+1.14PVB+6夹胶钢化玻璃），钢化玻璃应有3C认证标志。", "sub"))
    s.append(para("3．五金件、密封胶条按甲方选定的配置，见报价单；打胶采用中性硅酮耐候密封胶。", "sub"))

    s.append(para("第三条　付款方式", "h2"))
    s.append(para("签订合同时甲方支付合同总价的30%作为定金；乙方上门复尺确认后开始下料生产；安装完成并验收合格后三日内甲方付清余款。", "body"))

    s.append(para("第四条　交货及安装期限", "h2"))
    s.append(para("乙方在复尺确认后25个工作日内完成送货及安装（阳光房35个工作日）。因甲方原因（如现场不具备安装条件、变更设计）造成延误的，工期相应顺延。", "body"))
    s.append(para("乙方逾期完成安装的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的5%。", "body"))

    s.append(para("第五条　安装与验收", "h2"))
    s.append(para("1．乙方安装人员上门前一天电话与甲方约定时间。拆除旧窗由乙方负责，拆下的旧窗由甲方自行处理，乙方可协助搬至楼下指定地点。", "sub"))
    s.append(para("2．安装完成后，双方按《门窗安装验收单》共同验收，验收内容包括开启关闭、锁闭、密封、打胶、淋水试验及现场清理，验收合格后甲方在验收单上签字，乙方同时交付《产品保修卡》并讲解使用和保养方法。", "sub"))
    s.append(para("3．甲方在安装完成后三日内无正当理由不验收的，视为验收合格。", "sub"))

    s.append(para("第六条　售后服务", "h2"))
    s.append(para("保修范围和保修期按《产品保修卡》执行；保修期内的维修及保修期外的服务，乙方按《安居门窗售后服务承诺》提供。", "body"))

    s.append(para("第七条　变更与退换", "h2"))
    s.append(para("1．本合同产品为按洞口尺寸定制的产品，下料生产后不予退换。", "sub"))
    s.append(para("2．因甲方原因更改尺寸、款式或取消订单的：乙方尚未下料生产的，退还定金；已下料生产的部分，按该部分合同价款的30%收取损失费，其余款项退还甲方。", "sub"))
    s.append(para("3．因乙方产品质量或安装质量问题造成无法正常使用的，乙方负责免费维修或重新制作更换。", "sub"))

    s.append(para("第八条　争议解决", "h2"))
    s.append(para("本合同履行中发生争议，双方协商解决；协商不成的，任何一方可向佛山市禅城区人民法院起诉。", "body"))
    s.append(para("第九条　其他", "h2"))
    s.append(para("本合同一式两份，甲乙双方各执一份，自双方签字（盖章）且甲方支付定金之日起生效。报价单、设计图为本合同附件。", "body"))
    s.append(Spacer(1, 16))
    sign = Table([[para("甲方（签字）：", "body"), para("乙方（盖章）：", "body")],
                  [para("日期：　　年　　月　　日", "body"), para("经办人：　　　　日期：　　年　　月　　日", "body")]],
                 colWidths=[w / 2, w / 2])
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(sign)

    build_pdf(out / "门窗销售及安装合同（样本）.pdf", s, title="门窗销售及安装合同", author=SALES,
              creator="Microsoft Word", date=d(2026, 1, 5, 10, 30),
              header_text="销售合同样本 2026.01")


# --------------------------------------------------------------------------- #
# 3. 门窗安装验收单汇总 (XLSX) — genuine dated installation records
# --------------------------------------------------------------------------- #

# 合同号, 客户, 电话, 安装地址, 产品内容, 复尺确认日期, 工作日期限, 实际安装完成日期, 班组, 备注
INSTALLS = [
    ("AJ-HT-2026-012", "冯先生", "136****2715", "禅城区绿景东路 保利花园12座", "断桥铝平开窗6樘", dt.date(2025, 12, 22), 25, dt.date(2026, 1, 16), "一组", ""),
    ("AJ-HT-2026-031", "罗女士", "139****0862", "南海区桂城 中海锦城3栋", "重型推拉门2樘、平开窗3樘", dt.date(2026, 1, 5), 25, dt.date(2026, 2, 5), "二组", ""),
    ("AJ-HT-2026-058", "区先生", "135****6613", "顺德区大良 碧桂园翠湖苑8座", "阳光房约18㎡", dt.date(2026, 2, 24), 35, dt.date(2026, 4, 10), "一组", ""),
    ("AJ-HT-2026-074", "麦女士", "138****3307", "禅城区张槎 季华新城2座", "封阳台（平开窗4樘）", dt.date(2026, 3, 2), 25, dt.date(2026, 3, 31), "二组", ""),
    ("AJ-HT-2026-096", "梁先生", "137****9124", "南海区大沥 嘉洲广场6座", "断桥铝平开窗8樘", dt.date(2026, 3, 16), 25, dt.date(2026, 4, 17), "一组", ""),
    ("AJ-HT-2026-121", "黎女士", "150****4480", "顺德区容桂 怡景湾14栋", "推拉窗5樘、纱窗5樘", dt.date(2026, 4, 1), 25, dt.date(2026, 4, 29), "二组", ""),
    ("AJ-HT-2026-140", "邓先生", "159****1736", "禅城区南庄 紫南苑3座", "阳光房约24㎡", dt.date(2026, 4, 13), 35, dt.date(2026, 6, 12), "一组", "玻璃厂夹胶玻璃延期发货"),
    ("AJ-HT-2026-163", "苏女士", "133****5021", "南海区里水 万科金域蓝湾9座", "平开窗5樘", dt.date(2026, 4, 27), 25, dt.date(2026, 5, 29), "二组", ""),
    ("AJ-HT-2026-187", "何先生", "186****7390", "禅城区祖庙 岭南新天地公寓", "推拉门1樘、平开窗2樘", dt.date(2026, 5, 11), 25, dt.date(2026, 6, 12), "一组", ""),
    ("AJ-HT-2026-201", "陆女士", "137****2258", "顺德区北滘 美的君兰江山5座", "封阳台（平开窗6樘）", dt.date(2026, 5, 18), 25, dt.date(2026, 6, 19), "二组", ""),
    ("AJ-HT-2026-226", "钟先生", "135****8841", "高明区荷城 富湾花园11座", "断桥铝平开窗7樘", dt.date(2026, 6, 1), 25, dt.date(2026, 7, 10), "一组", "客户家墙面未批荡完成，甲方原因顺延"),
    ("AJ-HT-2026-245", "简女士", "138****6075", "南海区桂城 万达广场公寓", "推拉窗4樘", dt.date(2026, 6, 15), 25, dt.date(2026, 7, 16), "二组", ""),
    ("AJ-HT-2026-263", "温先生", "139****3392", "三水区西南 碧桂园城市花园", "阳光房约15㎡", dt.date(2026, 6, 29), 35, dt.date(2026, 8, 14), "一组", ""),
    ("AJ-HT-2026-281", "郭女士", "152****0147", "禅城区石湾 东平新城4座", "平开窗6樘、纱窗6樘", dt.date(2026, 7, 6), 25, dt.date(2026, 8, 7), "二组", ""),
    ("AJ-HT-2026-300", "杜先生", "136****5569", "顺德区伦教 新民花园7栋", "重型推拉门2樘", dt.date(2026, 7, 20), 25, dt.date(2026, 8, 28), "一组", "玻璃厂延期发货"),
    ("AJ-HT-2026-318", "叶女士", "189****2803", "南海区大沥 盐步金碧花园", "封阳台（平开窗5樘）", dt.date(2026, 8, 3), 25, dt.date(2026, 9, 4), "二组", ""),
    ("AJ-HT-2026-335", "伍先生", "137****7716", "禅城区澜石 金澜南路小区", "断桥铝平开窗4樘", dt.date(2026, 8, 17), 25, dt.date(2026, 9, 18), "一组", ""),
    ("AJ-HT-2026-352", "甘女士", "135****3064", "顺德区大良 新城区凤翔苑2座", "推拉窗6樘", dt.date(2026, 8, 31), 25, dt.date(2026, 10, 9), "二组", ""),
    ("AJ-HT-2026-371", "莫先生", "138****9051", "高明区荷城 沧江花园6座", "平开窗5樘", dt.date(2026, 9, 7), 25, dt.date(2026, 10, 23), "一组", "国庆前后工地多，排不过来"),
    ("AJ-HT-2026-383", "卢女士", "150****6628", "南海区桂城 千灯湖一号3座", "重型推拉门1樘、平开窗4樘", dt.date(2026, 9, 14), 25, dt.date(2026, 10, 19), "二组", ""),
    ("AJ-HT-2026-396", "孔先生", "159****4409", "禅城区祖庙 同济路小区", "平开窗3樘", dt.date(2026, 9, 28), 25, dt.date(2026, 10, 30), "一组", ""),
    ("AJ-HT-2026-399", "关女士", "186****1185", "顺德区容桂 天佑城花园9座", "封阳台（平开窗7樘）", dt.date(2026, 10, 12), 25, dt.date(2026, 11, 13), "二组", ""),
]

CHECK_ITEMS = [
    ("开启关闭", "窗扇、门扇开启关闭顺畅，无卡滞、无异响，执手、锁点锁闭到位"),
    ("框扇安装", "框扇横平竖直，固定牢固，扇与框搭接均匀，无下垂"),
    ("密封", "密封胶条、毛条安装完整，无脱槽、无断开"),
    ("打胶", "外侧打胶连续均匀、无气泡、无断胶，内侧收口整齐"),
    ("淋水试验", "外窗、阳光房顶棚淋水10分钟以上，室内侧无渗漏"),
    ("玻璃及型材", "玻璃无划伤、无破损，型材表面无明显划痕"),
    ("现场清理", "包装材料、打胶残留、垃圾清理干净"),
    ("使用讲解", "向客户讲解开关方法、日常清洁和五金保养，交付产品保修卡"),
]


def make_acceptance(out: Path):
    rows = []
    for i, (no, cust, tel, addr, prod, measured, limit, done, team, note) in enumerate(INSTALLS, 1):
        due = workdays_after(measured, limit)
        leader = TEAM1 if team == "一组" else TEAM2
        late = "否"
        if done > due:
            late = "顺延" if "甲方原因" in note else "是"
        rows.append([i, no, cust, tel, addr, prod, measured, due, done, f"安装{team}（{leader}）",
                     "合格", "已讲解", "已交付", "已签字", late, note])
    wb = Workbook()
    ws = wb.active
    ws.title = "验收汇总"
    xlsx_sheet(ws, ["序号", "合同编号", "客户", "联系电话", "安装地址", "安装内容", "复尺确认日期",
                    "合同约定完成日期", "安装验收日期", "安装班组", "验收结论", "使用讲解", "保修卡",
                    "客户签字", "是否超期", "备注"], rows,
               widths=[5, 16, 8, 13, 28, 22, 12, 14, 12, 16, 8, 8, 8, 8, 8, 30],
               title="2026年门窗安装验收单汇总（根据纸质验收单录入）")
    ws2 = wb.create_sheet("验收项目")
    xlsx_sheet(ws2, ["验收项目", "验收要求"], [list(x) for x in CHECK_ITEMS], widths=[12, 70],
               title="门窗安装验收单 验收项目（验收单背面内容）")
    n = len(ws2["A"]) + 2
    ws2.cell(row=n, column=1, value="说明：纸质验收单一式两联，客户签字后第一联交客户，第二联由安装组长交回门店，客服录入汇总表后按合同号归档。").font = Font(name="宋体", size=10)
    ws2.cell(row=n + 1, column=1, value="（汇总表只录入了交回门店的验收单，还有部分在组长手上未交回，待补录。）").font = Font(name="宋体", size=10)
    save_xlsx(wb, out / "2026年门窗安装验收单汇总.xlsx", creator=CLERK, last_by=CLERK,
              created=d(2026, 1, 16, 17, 20), modified=d(2026, 11, 14, 9, 40),
              title="2026年门窗安装验收单汇总")


# --------------------------------------------------------------------------- #
# 4. 售后维修登记本 (XLSX) — the clerk's repair book
# --------------------------------------------------------------------------- #

# 报修日期, 报修方式, 客户, 电话, 地址, 安装年份, 问题, 保内/保外, 上门日期, 处理情况, 师傅, 收费, 备注
REPAIRS = [
    (dt.date(2026, 1, 6), "电话", "吴女士", "137****4051", "禅城区 保利花园5座", "2024", "推拉窗推不动", "保内", dt.date(2026, 1, 8), "更换滑轮2个，清理轨道", TEAM1, 0, ""),
    (dt.date(2026, 1, 19), "微信群", "黄先生", "135****2286", "南海区 中海锦城7栋", "2025", "平开窗执手松动", "保内", dt.date(2026, 1, 20), "紧固执手螺丝", TEAM2, 0, ""),
    (dt.date(2026, 2, 24), "电话", "潘女士", "138****7702", "顺德区 碧桂园翠湖苑", "2019", "阳光房顶棚下雨渗水", "保外", dt.date(2026, 2, 27), "顶棚玻璃接缝重新打胶", TEAM1, 380, "保修已过，客户同意收费"),
    (dt.date(2026, 3, 10), "微信群", "冯先生", "136****2715", "禅城区 保利花园12座", "2026", "卧室窗关不严", "保内", dt.date(2026, 3, 11), "调整合页、锁座", TEAM1, 0, ""),
    (dt.date(2026, 3, 23), "门店", "谭先生", "139****6180", "禅城区 南庄紫南苑", "2022", "纱窗破了", "保外", dt.date(2026, 3, 25), "更换金刚网纱扇1扇", TEAM2, 260, ""),
    (dt.date(2026, 4, 8), "电话", "罗女士", "139****0862", "南海区 中海锦城3栋", "2026", "推拉门有异响", "保内", dt.date(2026, 4, 9), "调整滑轮高度，轨道加润滑", TEAM2, 0, ""),
    (dt.date(2026, 4, 28), "微信群", "简先生", "150****3319", "顺德区 容桂怡景湾", "2023", "窗边墙角渗水", "保内", dt.date(2026, 5, 6), "窗框外侧重新打胶，淋水无渗漏", TEAM2, 0, "等天晴才打胶"),
    (dt.date(2026, 5, 14), "电话", "区先生", "135****6613", "顺德区 碧桂园翠湖苑8座", "2026", "阳光房侧窗锁不上", "保内", dt.date(2026, 5, 16), "更换锁点", TEAM1, 0, ""),
    (dt.date(2026, 5, 30), "电话", "李女士", "137****8845", "高明区 富湾花园", "2022", "推拉窗滑轮坏", "保外", dt.date(2026, 6, 9), "更换滑轮4个", TEAM1, 120, "高明区，排到周二才去"),
    (dt.date(2026, 6, 17), "微信群", "梁先生", "137****9124", "南海区 大沥嘉洲广场", "2026", "平开窗下垂，关窗要抬", "保内", dt.date(2026, 6, 18), "调整合页，加固", TEAM1, 0, ""),
    (dt.date(2026, 7, 2), "电话", "麦女士", "138****3307", "禅城区 季华新城2座", "2026", "台风后阳台窗漏水", "保内", dt.date(2026, 7, 4), "检查为排水孔堵塞，清理", TEAM2, 0, ""),
    (dt.date(2026, 7, 3), "微信群", "陈女士", "189****5506", "禅城区 石湾东平新城", "2022", "台风后阳台窗渗水", "保内", dt.date(2026, 7, 6), "外侧打胶", TEAM2, 0, "防渗漏保修5年"),
    (dt.date(2026, 7, 21), "电话", "何先生", "186****7390", "禅城区 岭南新天地", "2026", "推拉门锁舌不回位", "保内", dt.date(2026, 7, 31), "更换门锁", TEAM1, 0, "等锁具到货"),
    (dt.date(2026, 8, 12), "微信群", "苏女士", "133****5021", "南海区 里水万科金域蓝湾", "2026", "纱窗卡住", "保内", dt.date(2026, 8, 13), "调整纱窗滑轮", TEAM2, 0, ""),
    (dt.date(2026, 8, 26), "电话", "莫女士", "135****1207", "三水区 西南碧桂园", "2024", "窗玻璃起雾", "保外", dt.date(2026, 9, 8), "更换中空玻璃1块", TEAM1, 450, "中空玻璃保修1年已过"),
    (dt.date(2026, 9, 9), "微信群", "温先生", "139****3392", "三水区 西南碧桂园城市花园", "2026", "阳光房天窗开关有异响", "保内", dt.date(2026, 9, 15), "更换电动开窗器支架", TEAM1, 0, ""),
    (dt.date(2026, 9, 24), "电话", "邓先生", "159****1736", "禅城区 南庄紫南苑3座", "2026", "阳光房顶棚漏水", "保内", dt.date(2026, 9, 26), "顶棚压条重新打胶", TEAM1, 0, "第二次报修"),
    (dt.date(2026, 10, 14), "微信群", "郭女士", "152****0147", "禅城区 石湾东平新城4座", "2026", "执手断了", "保内", dt.date(2026, 10, 16), "更换执手", TEAM2, 0, ""),
    (dt.date(2026, 10, 20), "电话", "邓先生", "159****1736", "禅城区 南庄紫南苑3座", "2026", "阳光房顶棚又漏水", "保内", dt.date(2026, 10, 22), "拆压条重新做防水，淋水试验无渗漏", TEAM1, 0, "第三次上门"),
    (dt.date(2026, 10, 20), "电话", "钟先生", "135****8841", "高明区 荷城富湾花园11座", "2026", "窗扇关闭时刮框", "保内", dt.date(2026, 10, 29), "调整扇", TEAM1, 0, ""),
    (dt.date(2026, 11, 4), "微信群", "伍先生", "137****7716", "禅城区 澜石金澜南路", "2026", "推拉窗锁扣松", "保内", dt.date(2026, 11, 5), "紧固锁扣", TEAM2, 0, ""),
    (dt.date(2026, 11, 12), "电话", "冼女士", "138****2640", "南海区 桂城海三路", "2020", "平开窗撑挡断了", "保外", dt.date(2026, 11, 14), "更换撑挡2个", TEAM2, 90, ""),
    (dt.date(2026, 11, 18), "微信群", "甘女士", "135****3064", "顺德区 大良凤翔苑2座", "2026", "推拉窗漏风", "保内", None, "", "", "", "已约11月25日上门"),
    (dt.date(2026, 11, 19), "电话", "黄女士", "136****7714", "三水区 云东海", "2021", "纱窗脱轨", "保外", None, "", "", "", "三水，等凑单一起去"),
]


def make_repair_book(out: Path):
    rows = []
    for i, r in enumerate(REPAIRS, 1):
        rows.append([i, *r[:8], r[8] if r[8] else "", *r[9:]])
    wb = Workbook()
    ws = wb.active
    ws.title = "2026维修登记"
    xlsx_sheet(ws, ["序号", "报修日期", "报修方式", "客户", "电话", "地址", "安装年份", "问题",
                    "保内/保外", "上门日期", "处理情况", "师傅", "收费(元)", "备注"], rows,
               widths=[5, 11, 8, 8, 13, 24, 8, 20, 8, 11, 28, 8, 8, 22],
               title="2026年售后维修登记本")
    save_xlsx(wb, out / "2026年售后维修登记本.xlsx", creator=CLERK, last_by=CLERK,
              created=d(2026, 1, 6, 10, 15), modified=d(2026, 11, 19, 17, 5),
              title="2026年售后维修登记本")


# --------------------------------------------------------------------------- #
# 5. 客户投诉记录 (XLSX) — three rows in 2026, an older sheet from 2023
# --------------------------------------------------------------------------- #

def make_complaints(out: Path):
    head = ["日期", "客户", "电话", "地址", "投诉内容", "处理人", "处理结果", "完成日期"]
    rows_2026 = [
        [dt.date(2026, 6, 10), "李女士", "137****8845", "高明区 富湾花园", "推拉窗滑轮坏了报修10天才有人上门，打电话没人接",
         BOSS, "老板电话道歉，滑轮按成本价收费", dt.date(2026, 6, 10)],
        [dt.date(2026, 8, 5), "叶女士", "189****2803", "南海区 盐步金碧花园", "约好上午上门，师傅下午3点才到，也没提前打电话",
         CLERK, "跟客户道歉，已提醒安装二组上门前先打电话", dt.date(2026, 8, 5)],
        [dt.date(2026, 10, 21), "邓先生", "159****1736", "禅城区 南庄紫南苑3座", "阳光房顶棚漏水修了两次还漏，要求退部分款",
         BOSS, "第三次上门重新做防水，送一套纱窗作补偿，退款没答应", ""],
    ]
    rows_2023 = [
        [dt.date(2023, 3, 14), "张先生", "135****0921", "禅城区 同华路", "安装时把客户家木地板划花", TEAM1, "赔偿200元", dt.date(2023, 3, 16)],
        [dt.date(2023, 5, 8), "陈女士", "138****1547", "南海区 桂城", "窗户漏水，等了一个星期", OLD_CLERK, "已上门打胶", dt.date(2023, 5, 12)],
        [dt.date(2023, 7, 19), "刘先生", "139****4630", "顺德区 大良", "颜色跟样板不一样", BOSS, "协商打9折", dt.date(2023, 7, 25)],
        [dt.date(2023, 9, 2), "林女士", "137****3308", "禅城区 张槎", "保修期内滑轮坏了师傅收了60元", OLD_CLERK, "退回60元", dt.date(2023, 9, 4)],
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "2026"
    xlsx_sheet(ws, head, rows_2026, widths=[11, 8, 13, 20, 40, 8, 34, 11], title="客户投诉记录（2026年）")
    note_row = len(rows_2026) + 4
    ws.cell(row=note_row, column=1,
            value="注：其他投诉在微信群和电话里直接处理了，没有登记。").font = Font(name="宋体", size=10, color="C00000")
    ws2 = wb.create_sheet("2023")
    xlsx_sheet(ws2, head, rows_2023, widths=[11, 8, 13, 16, 34, 8, 20, 11], title="客户投诉记录（2023年）")
    ws2.cell(row=len(rows_2023) + 4, column=1,
             value=f"记录人：{OLD_CLERK}（2023年10月离职后未再登记）").font = Font(name="宋体", size=10)
    save_xlsx(wb, out / "客户投诉记录.xlsx", creator=OLD_CLERK, last_by=CLERK,
              created=d(2023, 3, 14, 11, 0), modified=d(2026, 10, 21, 16, 45),
              title="客户投诉记录")


# --------------------------------------------------------------------------- #
# 6. 售后服务管理办法（征求意见稿）(DOCX) — a draft, not in force
# --------------------------------------------------------------------------- #

def make_draft_policy(out: Path):
    b = SmallDocx("售后服务管理办法（征求意见稿）", header="征求意见稿　待总经理审批后实施",
                  footer=f"{COMPANY}　草案　2026年10月")
    b.p(COMPANY, indent=False, align="center", bold=True, size=13)
    b.heading_title()
    b.p("文件编号：AJ-SH-001（草案）　　起草：谭小敏　　起草日期：2026年10月28日　　状态：征求意见稿，待总经理审批后实施",
        indent=False, align="center", size=9.5)
    b.p("【说明：本稿发各组长、门店征求意见，请于11月20日前把意见交给小谭，修改后报陈总审批。审批前仍按原来的做法执行。】",
        indent=False, size=10, color=RGBColor(0xC0, 0, 0))

    b.h1("一、总则")
    b.p("1．为了规范公司售后服务工作，让客户报修有人管、有人跟，特制定本办法。")
    b.p("2．本办法适用于本公司销售安装的门窗、阳光房产品的售后维修、投诉和回访。")
    b.p("3．公司服务理念（暂定，待陈总定）：装一扇窗，交一个朋友。")

    b.h1("二、职责")
    b.p("4．总经理负责售后服务工作的总体安排，处理重大投诉和退换货。")
    b.p("5．客服专员职责：接听售后电话、管理售后微信群，登记报修、派单给安装组长、跟进维修进度，维修完成后回访客户，每月统计报修和投诉情况。")
    b.p("6．安装一组、二组组长负责本组的售后维修安排，维修完成后在维修单上请客户签字，当天把维修单交回门店。")

    b.h1("三、报修受理")
    b.p("7．报修渠道：售后电话、售后微信群、门店。")
    b.p("8．客服接到报修后2小时内回复客户，48小时内安排上门（高明、三水72小时内）；需要订配件的，告知客户预计到货时间。")
    b.p("9．【待讨论】周日和晚上的报修，是否安排值班，请各组长提意见。")

    b.h1("四、维修和收费")
    b.p("10．保修期内属于质量问题的免费维修，保修范围和保修期按《产品保修卡》执行。")
    b.p("11．保修期外维修收取上门费50元和材料费，收费标准另行制定并在门店公示。")
    b.p("12．上门服务要求：穿公司工衣，进门戴鞋套，完工清理现场，不得向客户索要财物。")

    b.h1("五、投诉处理")
    b.p("13．客户投诉由客服登记到《客户投诉登记台账》，报总经理处理，3天内答复客户。")

    b.h1("六、回访")
    b.p("14．拟建立客户回访制度，维修完成后3天内电话回访，具体办法另行制定。")

    b.h1("七、退换货")
    b.p("15．退换货按国家有关规定执行，具体由总经理决定。")

    b.h1("八、客户资料")
    b.p("16．客户资料（姓名、电话、地址）只用于安装和售后，不得外传。")

    b.h1("九、附则")
    b.p("17．本办法由客服负责解释，自总经理批准之日起实施。")
    b.p("附：《维修单》《客户投诉登记台账》样式（待补充）", indent=False, size=10)

    b.save(out / "售后服务管理办法（征求意见稿）.docx", author=CLERK, last_by=CLERK,
           created=d(2026, 10, 20, 14, 10), modified=d(2026, 10, 28, 17, 30), revision=4,
           identifier="AJ-SH-001（草案）")


# --------------------------------------------------------------------------- #
# 7. 周例会会议纪要 (DOCX)
# --------------------------------------------------------------------------- #

MEETINGS = [
    (dt.date(2026, 9, 7), [BOSS, SALES, TEAM1, TEAM2, BUYER, CLERK], [
        ("工地排期", "9月排期已满，顺德碧桂园封阳台团购23户由陈总亲自跟，两个组轮流去。"),
        ("售后积压", "小谭反映现在未上门的售后单有9单，其中高明两单等了8天。陈总：售后单每周一例会上过一遍，先安排等得最久的。"),
        ("滑轮质量", "推拉窗用的那款滑轮客户反映半年左右就坏，今年已经是第四单。决定：小周（周建文）跟五金厂反映，问能不能换型号。"),
    ]),
    (dt.date(2026, 9, 21), [BOSS, SALES, TEAM1, TEAM2, BUYER, CLERK, FINANCE], [
        ("售后服务认证", "陈总：有工程单的客户问我们有没有售后服务认证，明年想申请。先请小谭把售后的做法写成一个管理办法。"),
        ("供应商名单", "讨论：认证可能要看合格供应商名单。我们现在五金有三家在供货，玻璃今年换过两次厂，型材一直是联丰一家，都没有书面的评价，只看价格和交货期。"
                      "决定：小周11月底前列一份供应商名单，先把营业执照、玻璃3C证书、型材合格证收齐。"),
        ("收款", "黄丽芬：还有6单安装完成超过一个月未收尾款，销售跟进。"),
    ]),
    (dt.date(2026, 10, 12), [BOSS, TEAM1, TEAM2, BUYER, CLERK], [
        ("上门要求", "上个月有客户投诉师傅没穿工衣、进门没换鞋。决定：即日起师傅上门必须穿公司工衣，进门戴鞋套，完工清扫现场，不在客户家里抽烟。"),
        ("保外收费", "保外维修上门费以后统一收50元，材料按门店价，先跟客户报价，客户同意再做。"),
        ("高空作业", "高空作业必须系安全带，安全带由组长每周检查一次。"),
        ("返修扣款", "何永坚提出：因安装质量返修的，材料费是不是由班组承担。陈总说先不定，年底再说。"),
    ]),
    (dt.date(2026, 11, 2), [BOSS, SALES, TEAM1, TEAM2, CLERK], [
        ("客服人手", "小谭反映周末和晚上电话很多接不过来，客户在群里投诉电话没人接。陈总：计划明年设立客服热线，再招一个客服，今年先这样。"),
        ("回访", "认证要有回访记录。拟建立客户回访制度，小谭先想个办法，维修完打个电话问一下。"),
        ("管理办法", "《售后服务管理办法》征求意见稿已发各组长，11月20日前提意见，之后报陈总审批。"),
        ("安装质量", "邓先生阳光房顶棚漏水已经上门三次，一组要总结原因。以后安装质量问题按公司《安装施工管理规定》处理。"),
    ]),
    (dt.date(2026, 11, 16), [BOSS, SALES, TEAM1, TEAM2, BUYER, CLERK, FINANCE], [
        ("供应商名单", "小周：五金厂和玻璃厂的资料还没收齐，供应商名单推迟到12月。"),
        ("滑轮", "五金厂说滑轮坏是安装时轨道没清理干净，不同意换型号，暂时没有结果。"),
        ("年度总结", "陈总写年度总结和明年计划，下周发给大家。"),
        ("认证咨询", "联系了一家认证咨询公司，报价还在谈。"),
    ]),
]


def make_minutes(out: Path):
    b = SmallDocx("周例会会议纪要（2026年9—11月）")
    b.heading_title()
    b.p(f"{COMPANY}　　记录：{CLERK}", indent=False, align="center", size=10)
    for day, people, items in MEETINGS:
        wd = "一二三四五六日"[day.weekday()]
        b.h1(f"{day.year}年{day.month}月{day.day}日（星期{wd}）例会")
        b.p(f"地点：门店二楼办公室　　主持：{BOSS}　　参加：{'、'.join(people)}", indent=False, size=10)
        for i, (topic, text) in enumerate(items, 1):
            b.p(f"{i}．{topic}：{text}")
    b.p("（9月28日、10月5日、10月19日、10月26日、11月9日因工地忙或放假未开会）", indent=False, size=10)
    b.save(out / "周例会会议纪要（2026年9-11月）.docx", author=CLERK, last_by="Administrator",
           created=d(2026, 9, 7, 18, 0), modified=d(2026, 11, 16, 18, 20), revision=12)


# --------------------------------------------------------------------------- #
# 8. 2026年工作总结及2027年计划 (DOCX)
# --------------------------------------------------------------------------- #

def make_summary(out: Path):
    b = SmallDocx("2026年工作总结及2027年工作计划")
    b.heading_title()
    b.p(f"{COMPANY}　总经理 {BOSS}　2026年11月18日", indent=False, align="center", size=10)

    b.h1("一、公司基本情况")
    b.p(f"公司成立于2015年，主要做家装铝合金门窗（断桥铝平开窗、推拉窗、推拉门）和阳光房，门店（展厅）在{SHOP_ADDR}，"
        "后面有一个加工车间和仓库。客户主要在佛山五区，禅城、南海、顺德最多。目前人员35人：")
    b.table(["岗位", "人数", "负责人", "说明"], [
        ["总经理", "1", BOSS, "全面负责，大的投诉和退换货由总经理处理"],
        ["销售、设计", "5", SALES, "门店接待、上门测量、出方案报价"],
        ["客服", "1", CLERK, "售后电话、售后微信群、报修登记、派单、录入验收单"],
        ["采购、仓管", "2", BUYER, "型材、玻璃、五金采购，仓库收发"],
        ["加工车间", "9", "罗志明", "型材下料、组角、组装"],
        ["安装一组", "8", TEAM1, "安装，兼做售后维修"],
        ["安装二组", "7", TEAM2, "安装，兼做售后维修"],
        ["财务、行政", "2", FINANCE, "财务、出纳、行政"],
        ["合计", "35", "", ""],
    ], widths=[3, 1.5, 2.2, 8.5])
    b.p("两个安装组长梁国辉、何永坚都有高处作业操作证，其他安装师傅暂时没有。")

    b.h1("二、2026年主要工作")
    b.p("1．经营情况。1—10月签订合同412单，其中阳光房36个，营业额约1,150万元，比去年增长8%。顺德碧桂园封阳台团购23户是今年最大的一单，由我亲自跟进。")
    b.p("2．安装。两个安装组全年完成安装约400单，每单安装完都填纸质验收单，做淋水试验，客户签字，交保修卡；客服把验收单录进了Excel汇总表。"
        "大部分单能在合同约定的25个工作日内装好，有几单因为玻璃厂延期发货超了期，没有赔违约金，是跟客户商量解决的。")
    b.p("3．售后维修。今年上门维修大约150次，维修登记本上记了一部分。售后这块一直比较乱，没有专人负责，主要靠客服小谭在微信群和电话里接单，两个安装组抽空去修，"
        "急的单当天或第二天能去，不急的要等安装排期。今年维修材料费大约1.8万元，没有单独做预算，从门店费用里出。")
    b.p("4．培训。5月请联丰铝材的技术员来店里给两个安装组讲了半天断桥铝窗安装和打胶工艺，其余主要是老带新，新来的师傅跟老师傅学三个月再单独上门，没有系统培训，也没有考核记录。")
    b.p("5．配件。常用五金配件（滑轮、执手、锁块、胶条）仓库有少量备货，但型号多，经常缺货要等厂家发货，最长等过两个星期。")
    b.p("6．客户群。去年开始建了“安居门窗售后服务群”，装好的客户都拉进群，报修发照片，简单的问题小谭在群里发视频教客户自己调。台风前会在群里提醒大家关好门窗、清理排水孔。"
        "客户资料都在合同和销售的微信里，没有统一整理。")

    b.h1("三、存在的问题")
    b.p("1．售后没有专人负责，也没有成文的制度，《售后服务管理办法》还是征求意见稿。")
    b.p("2．暂无投诉记录台账。投诉大部分在微信群和电话里直接处理了，小谭今年只在表格里记了3条。")
    b.p("3．公司目前还没有专门的退换货制度，一般由老板根据情况处理。")
    b.p("4．维修完一般不回访，除非客户自己再打电话来；也没有做过客户满意度调查。")
    b.p("5．高明、三水的客户报修经常要等一周以上，师傅排不过来。")
    b.p("6．售后电话只有一部手机，周日和晚上经常没人接，客户在群里有意见。")
    b.p("7．供应商没有书面评价，只看价格和交货期；滑轮质量问题跟厂家反映了，没有结果。")
    b.p("8．安装有提成，售后维修没有提成也没有补贴，师傅不太愿意接维修单。")
    b.p("9．公司还没有人考过售后服务管理师，也没有人专门管售后质量。")
    b.p("10．邓先生家阳光房漏水上门三次才修好，说明安装质量和售后都要加强。")

    b.h1("四、2027年工作计划")
    b.p("1．计划明年设立客服热线（固定电话），再招一名客服，周日安排值班。")
    b.p("2．拟建立客户回访制度，维修完3天内电话回访，每个月统计一次。")
    b.p("3．建立投诉台账，所有投诉都要登记，每月在例会上通报。")
    b.p("4．《售后服务管理办法》审批后实施；制定退换货办法和保外维修收费标准，在门店公示。")
    b.p("5．春节前试点给安装满一年的老客户做一次免费检查保养（清理轨道、五金加油、检查打胶）。")
    b.p("6．售后维修按次给师傅补贴，每次30元。")
    b.p("7．整理合格供应商名单，每年评一次。")
    b.p("8．考虑买一套门店管理软件，把客户资料、订单、报修都录进去。")
    b.p("9．争取2027年投诉比2026年减少一半。")
    b.p("10．申请售后服务认证（达标级），请咨询公司辅导。")

    b.save(out / "2026年工作总结及2027年工作计划.docx", author=BOSS, last_by="Administrator",
           created=d(2026, 11, 17, 20, 30), modified=d(2026, 11, 18, 22, 10), revision=3)


# --------------------------------------------------------------------------- #
# 9. 售后微信群聊天记录摘录 (TXT, GBK)
# --------------------------------------------------------------------------- #

WECHAT = f"""安居门窗售后服务群 聊天记录摘录
（谭小敏从手机上复制整理，2026年7月—11月，客户电话已隐去）

陈志强 2026/7/1 09:12
各位业主好！本群为安居门窗售后服务群。门窗有问题请在群里发照片+小区楼栋门牌+联系电话，客服小谭会登记安排师傅。售后电话 {AFTER_SALES_MOBILE}（周一至周六 8:30-18:00）。本店门窗五金件保修三年，有问题随时找我们。

谭小敏-安居客服 2026/7/1 16:40
[通知] 气象台发布台风黄色预警，请各位业主关好门窗、锁紧执手，清理推拉窗轨道的排水孔，阳台不要堆放杂物。有问题群里说。

陈女士-东平新城 2026/7/3 08:05
[图片] 昨晚台风阳台窗边渗水，地上湿了一片

谭小敏-安居客服 2026/7/3 08:31
陈姐早，收到，已经登记，今天师傅都在工地，安排周一过去可以吗？

陈女士-东平新城 2026/7/3 08:35
好的

苏女士-万科金域蓝湾 2026/8/12 19:22
纱窗卡住拉不动了

谭小敏-安居客服 2026/8/12 19:40
[视频] 苏姐您先看下这个视频，把纱窗往上抬一下，看下面的滑轮是不是脱出来了

苏女士-万科金域蓝湾 2026/8/12 20:03
还是不行

谭小敏-安居客服 2026/8/12 20:05
好的，明天上午让何师傅过去

叶女士-金碧花园 2026/8/20 14:16
推拉窗推不动，很重

谭小敏-安居客服 2026/8/20 14:30
[视频] 叶姐您先看一下轨道里是不是有砂子，用吸尘器吸一下，再按视频里调一下滑轮的螺丝

叶女士-金碧花园 2026/8/20 15:02
弄好了，谢谢小谭

郭女士-东平新城 2026/9/2 10:47
请问一下，我们家有一扇纱窗尺寸做得有点小，能不能换？

谭小敏-安居客服 2026/9/2 11:05
郭姐，退换的事要问一下老板，我们公司没有统一的规定，我帮您问了再回复您

谭小敏-安居客服 2026/9/2 17:20
郭姐，老板说纱窗可以免费重做一扇，做好了让师傅送过去装上

黄先生-中海锦城 2026/9/13 11:30
周日打售后电话没人接，什么时候上班？

谭小敏-安居客服 2026/9/13 11:41
不好意思黄生，周日休息，周一一早给您回电话

邓先生-紫南苑 2026/10/20 18:02
[图片] 阳光房又漏水了，这是第三次了，你们到底能不能修好？不行就退钱

陈志强 2026/10/20 18:30
邓生，实在抱歉，后天我跟梁师傅一起过去，把顶棚压条拆了重新做防水，一定给您处理好

钟先生-富湾花园 2026/10/27 21:15
上周报修到现在还没人来，打了三次电话都没人接，怎么回事？

谭小敏-安居客服 2026/10/28 08:20
钟生不好意思，这周师傅都在顺德装工地，高明那边安排周四（29号）过去，到时师傅提前打电话给您

甘女士-凤翔苑 2026/11/18 09:50
推拉窗关上还是漏风，能来看看吗

谭小敏-安居客服 2026/11/18 10:12
甘姐，已经登记，约了11月25日上午何师傅过去

谭小敏-安居客服 2026/11/20 17:00
[通知] 天气转凉，推拉窗轨道积灰多的可以用吸尘器清理一下，五金件可以滴一点缝纫机油。需要师傅上门检查的群里说。
"""


def make_wechat(out: Path):
    text = WECHAT.replace("\n", "\r\n")
    (out / "售后微信群聊天记录摘录.txt").write_bytes(text.encode("gbk"))


# --------------------------------------------------------------------------- #
# 10. 营业执照及资质扫描件 (PDF without a text layer)
# --------------------------------------------------------------------------- #

def make_scan(out: Path):
    path = out / "营业执照及资质扫描件.pdf"
    date = d(2026, 3, 9, 11, 22)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(date.replace(tzinfo=dt.UTC).timestamp()))
    try:
        c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
        # what a copier's scan-to-PDF leaves: no title, no author, an image-only page
        c.setTitle("")
        c.setAuthor("")
        c.setSubject("")
        c.setCreator("")
        c.setProducer("")
        w, h = A4
        for page in range(2):
            # paper tone of a scan, slightly off-white, with a darker scanner edge
            c.setFillColor(colors.Color(0.93, 0.92, 0.89))
            c.rect(0, 0, w, h, stroke=0, fill=1)
            c.setFillColor(colors.Color(0.55, 0.55, 0.55))
            c.rect(0, 0, 0.35 * cm, h, stroke=0, fill=1)
            # document frame (licence border: double line)
            c.setStrokeColor(colors.Color(0.45, 0.25, 0.2))
            c.setLineWidth(2.2)
            c.rect(2.0 * cm, 3.0 * cm, w - 4.0 * cm, h - 6.0 * cm, stroke=1, fill=0)
            c.setLineWidth(0.7)
            c.rect(2.3 * cm, 3.3 * cm, w - 4.6 * cm, h - 6.6 * cm, stroke=1, fill=0)
            # a heavy bar where the title is printed
            c.setFillColor(colors.Color(0.25, 0.22, 0.22))
            c.rect(w / 2 - 4 * cm, h - 5.6 * cm, 8 * cm, 1.0 * cm, stroke=0, fill=1)
            # grey strokes standing for lines of print
            c.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
            c.setLineWidth(1.6)
            y = h - 8.0 * cm
            lengths = [10.5, 8, 11.5, 7, 11, 9.5, 8, 11.5, 6] if page == 0 else [11.5, 11.5, 8, 11, 10, 5, 9]
            for ln in lengths:
                c.line(3.2 * cm, y, 6.0 * cm, y)
                c.line(6.8 * cm, y, (6.8 + ln) * cm, y)
                y -= 1.25 * cm
            # QR-code-like block: deterministic pattern of small squares
            x0, y0, cell = w - 6.2 * cm, 4.2 * cm, 0.16 * cm
            c.setFillColor(colors.Color(0.15, 0.15, 0.15))
            for i in range(21):
                for j in range(21):
                    if (i * 7 + j * 3 + i * j + page) % 5 in (0, 2) or i in (0, 20) or j in (0, 20):
                        c.rect(x0 + i * cell, y0 + j * cell, cell, cell, stroke=0, fill=1)
            # red seal
            c.setStrokeColor(colors.Color(0.8, 0.15, 0.15))
            c.setLineWidth(2.5)
            c.circle(w - 6.5 * cm, 9.0 * cm, 2.0 * cm, stroke=1, fill=0)
            c.setFillColor(colors.Color(0.8, 0.15, 0.15))
            c.circle(w - 6.5 * cm, 9.0 * cm, 0.35 * cm, stroke=0, fill=1)
            c.showPage()
        c.save()
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


# --------------------------------------------------------------------------- #

def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    makers = [make_warranty_card, make_contract, make_acceptance, make_repair_book, make_complaints,
              make_draft_policy, make_minutes, make_summary, make_wechat, make_scan]
    for make in makers:
        make(out)
    for f in sorted(out.iterdir()):
        if f.suffix in (".docx", ".pdf", ".xlsx", ".txt"):
            print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main(sys.argv)
