"""Plain-text dumps -> blocks (newsx/text.py ``segment_text``), from hand-made dumps.

Two kinds of dump reach newsx: a browser's "select all, copy" (one paragraph per line) and a text
browser's ``w3m -dump`` (paragraphs hard-wrapped at the terminal width, table columns laid side by
side).  The helpers below build the w3m shapes (wrapping at a column width, padding two columns)
so that each test states its input in a few readable lines.
"""
from __future__ import annotations

import textwrap
import unicodedata

import pytest

from newsx.model import Block, Page
from newsx.text import reflow_body, segment_text

# Long enough (and with an interior full stop) to wrap into five or six terminal lines.
ZH_PARA = ("青石镇的古桥修缮工程昨天正式完工，这座有一百多年历史的石拱桥重新向行人开放。工程历时八个月，"
           "施工队保留了原有的石料和桥形，只更换了几处松动的栏杆和台阶。镇政府介绍，修缮资金主要来自省级"
           "文物保护专项经费，另有部分来自村民自发捐款，共计三百余万元。不少老人特意赶来，在桥上走了一个来回。")
ZH_PARA2 = ("施工负责人说，桥面的每一块石板都经过编号，拆下清洗以后再按原来的位置铺回去，最大程度地保留了古桥"
            "的历史风貌。为了不影响两岸居民出行，施工期间镇里在下游一百米处搭建了一座临时便桥，并安排专人"
            "值守。村民们在桥头举行了简单的庆祝仪式，大家都说，这座老桥又能陪伴镇子走过下一个一百年了。")
EN_PARA = ("The council voted on Tuesday to rebuild the old stone bridge over the river, after a long "
           "campaign by residents who said that the crossing was unsafe for children walking to school. "
           "Work will start in the spring and is expected to take eight months, the council said in a "
           "statement, adding that the cost would be shared with the county.")


def texts(dump: str) -> list:
    return [b.text for b in segment_text(dump).blocks]


def columns(text: str) -> int:
    """Terminal columns, CJK counting two (independent of newsx.text.display_width)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_columns(text: str, width: int) -> list:
    """Cut ``text`` into lines of at most ``width`` columns, as a text browser wraps CJK text."""
    lines, line = [], ""
    for ch in text:
        if columns(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def pad(text: str, width: int) -> str:
    return text + " " * (width - columns(text))


def side_by_side(left: list, right: list, left_width: int, gap: int = 6) -> str:
    """Two table columns as w3m prints them: the left one padded, then a run of spaces."""
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return "\n".join((pad(a, left_width) + " " * gap + b).rstrip() for a, b in zip(left, right))


# --- browser-style dumps: one paragraph per line ----------------------------------------------------

def test_browser_dump_gives_one_block_per_line_in_order():
    page = segment_text("新闻中心\n青石镇古桥修缮完工\n来源：某某日报\n" + ZH_PARA + "\n", "gb18030")
    assert isinstance(page, Page)
    assert page.input_type == "text"
    assert page.encoding == "gb18030"
    assert page.meta == {}
    assert [b.text for b in page.blocks] == ["新闻中心", "青石镇古桥修缮完工", "来源：某某日报", ZH_PARA]
    assert [b.index for b in page.blocks] == [0, 1, 2, 3]
    assert all(b.kind == "line" for b in page.blocks)


def test_empty_or_blank_dump_gives_no_blocks():
    assert segment_text("").blocks == []
    assert segment_text("\n \n\u3000\n\t\n").blocks == []


def test_blank_lines_before_a_block_are_counted_in_gap_before():
    page = segment_text("\n\n标题\n第一段。\n\n\n第二段。\n \n第三段。")
    assert [(b.text, b.gap_before) for b in page.blocks] == [
        ("标题", 2), ("第一段。", 0), ("第二段。", 2), ("第三段。", 1)]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_crlf_and_cr_line_ends_split_lines_like_lf(newline):
    dump = newline.join(["Line one", "Line two", "", "Line three"])
    page = segment_text(dump)
    assert [(b.text, b.gap_before) for b in page.blocks] == [
        ("Line one", 0), ("Line two", 0), ("Line three", 1)]
    assert not any("\r" in b.text for b in page.blocks)


def test_whitespace_is_folded_including_ideographic_space_and_nbsp():
    assert texts("青石镇\u3000古桥 \u00a0修缮\t完工  了") == ["青石镇 古桥 修缮 完工 了"]


def test_leading_indent_is_stripped_from_text_and_kept_as_indent():
    block, = segment_text("\u3000\u3000青石镇的古桥修缮工程昨天完工。").blocks
    assert block.text == "青石镇的古桥修缮工程昨天完工。"
    assert block.indent == 4  # an ideographic space is two columns wide


@pytest.mark.parametrize("decoration", [
    "━━━━━━━━━━━━", "────────", "==========", "----------", "* * * * *", "·····",
])
def test_rule_lines_are_dropped(decoration):
    page = segment_text(f"标题\n{decoration}\n正文第一段。")
    assert [b.text for b in page.blocks] == ["标题", "正文第一段。"]
    # the dropped rule separates like a blank line
    assert page.blocks[1].gap_before == 1


@pytest.mark.parametrize("placeholder", ["[spacer]", "[ad_banner.gif]", "[ ]", "[登录] [注册]", "[IMG]"])
def test_image_placeholders_and_widgets_on_their_own_line_are_dropped(placeholder):
    assert texts(f"标题\n{placeholder}\n正文第一段。") == ["标题", "正文第一段。"]


def test_inline_image_file_names_are_removed_from_a_line():
    assert texts("[menu_c_01]青石镇新闻[SNAP-1.GIF]") == ["青石镇新闻"]


def test_bracketed_words_that_are_not_file_names_are_kept():
    # "[图]" or "[No Doubt]" is text, not an image w3m printed
    assert texts("青石镇古桥修缮完工[图]\n新单曲[No Doubt]上榜") == ["青石镇古桥修缮完工[图]", "新单曲[No Doubt]上榜"]


def test_removing_an_inline_image_name_leaves_single_spaces():
    assert texts("新闻 [img_01] 标题") == ["新闻 标题"]


# --- lynx -dump: numbered links and the closing list of their addresses ---------------------------

LYNX_TAIL = """
References

   Visible links:
   1. https://www.example.com/
   2. https://www.example.com/local
  12. https://twitter.com/intent/tweet?text=Bridge reopens&url=https://www.example.com/b
   Hidden links:
  13. javascript:void(0)
"""


def test_lynx_link_numbers_are_cut_from_the_text():
    assert texts("   [1]Home [2]Local\n   The bridge on [3]Mill Road reopens.") == [
        "Home Local", "The bridge on Mill Road reopens."]


def test_lynx_closing_list_of_link_addresses_gives_no_blocks():
    dump = "   [1]Home [2]Local\n\n   " + EN_PARA + "\n" + LYNX_TAIL
    got = texts(dump)
    assert got[-1] == EN_PARA
    assert not any("example.com" in t or t == "References" for t in got)


def test_a_references_section_of_the_page_itself_is_kept():
    # an article's own "References" heading is followed by prose, not by numbered addresses
    dump = EN_PARA + "\n\nReferences\n\n1. Smith, J. (2019). Old bridges. Harbor Press.\n"
    assert texts(dump)[-2:] == ["References", "1. Smith, J. (2019). Old bridges. Harbor Press."]


def test_tab_separated_browser_table_rows_stay_one_line_each():
    dump = "姓名\t年龄\t城市\n张三\t30\t北京\n李四\t25\t上海\n王五\t41\t广州\n"
    assert texts(dump) == ["姓名 年龄 城市", "张三 30 北京", "李四 25 上海", "王五 41 广州"]


def test_browser_paragraph_lines_of_different_lengths_are_not_joined():
    paras = [EN_PARA, EN_PARA[:150] + ".", EN_PARA[:90] + ".", ZH_PARA, ZH_PARA[:60]]
    assert texts("\n".join(paras)) == paras


# --- w3m-style dumps: hard-wrapped paragraphs -------------------------------------------------------

def test_w3m_wrapped_cjk_paragraph_is_joined_without_spaces():
    lines = wrap_columns(ZH_PARA, 60)
    assert len(lines) >= 5
    assert texts("\n".join(lines)) == [ZH_PARA]


def test_w3m_wrapped_cjk_with_latin_words_is_measured_in_columns():
    para = ("今年三月，镇上开始使用GPS定位系统管理全部112辆公交车，乘客可以通过手机App查看车辆位置。"
            "负责这项工作的工程师说，系统上线以后，车辆准点率提高了大约百分之二十，投诉也明显减少。"
            "下一步，镇里还计划在每个车站安装电子显示屏，方便不使用智能手机的老年乘客查看到站时间。")
    lines = wrap_columns(para, 60)
    assert texts("\n".join(lines)) == [para]


def test_w3m_wrapped_english_paragraph_is_joined_with_single_spaces():
    lines = textwrap.wrap(EN_PARA, 72)
    assert len(lines) >= 4
    assert texts("\n".join(lines)) == [EN_PARA]


def test_wrapped_line_ending_short_of_the_margin_before_a_long_word_is_joined():
    # lynx wraps at a ragged margin: the line before "uncharacteristically" ends 16 columns
    # short of it, yet that word would not have fit there
    dump = "\n".join(textwrap.wrap(EN_PARA, 74)) + "\n\n" + "\n".join([
        "The county engineer said a temporary footbridge would carry the people",
        "walking across during the works, a plan residents called",
        "uncharacteristically expensive for a small town."])
    assert texts(dump)[1] == ("The county engineer said a temporary footbridge would carry the people "
                              "walking across during the works, a plan residents called "
                              "uncharacteristically expensive for a small town.")


def test_lynx_break_inside_a_chinese_bracket_far_short_of_the_margin_is_joined():
    # lynx breaks CJK text only at a space: the lead's first line ends at the space inside the
    # credit, the next line (an unspaced run) overflows the margin and closes the bracket
    wrapped = "\n\n".join(["\n".join(textwrap.wrap(EN_PARA, 74))] * 3)   # shows the margin
    dump = wrapped + "\n\n" + "本站讯（职工通讯员 李琴雯\n刘会）为深入推进党建与业务工作紧密结合，" + ZH_PARA
    assert texts(dump)[3] == "本站讯（职工通讯员 李琴雯刘会）为深入推进党建与业务工作紧密结合，" + ZH_PARA
    # a bracket closed on its own line, or not closed early on the next, is no such break
    dump = wrapped + "\n\n" + "相关报道（一）\n刘会）为深入推进" + "\n" + "本站讯（职工通讯员\n" + ZH_PARA
    assert texts(dump)[3:5] == ["相关报道（一）", "刘会）为深入推进"]


def test_wrapped_line_ending_on_a_month_abbreviation_is_joined():
    caption = ["In this photo issued by the council, the mayor walks across the old stone",
               "bridge over the river in Millbrook, England, on the morning of Tuesday, Nov.",
               "19, 2019. Work on the reconstruction of the bridge will start in the spring and",
               "is expected to take eight months, the council said. (Council via AP)"]
    dump = "\n".join(textwrap.wrap(EN_PARA, 78)) + "\n\n" + "\n".join(caption)
    assert texts(dump)[1] == " ".join(caption)


def test_short_line_before_a_list_item_or_a_word_that_fits_is_not_joined():
    lines = textwrap.wrap(EN_PARA, 74)
    dump = "\n".join(lines + ["Related coverage of the bridge and its long history here",
                              "* Council approves the budget for next year's road repairs",
                              "Residents say the decision came late"])
    assert texts(dump)[1:] == ["Related coverage of the bridge and its long history here",
                               "* Council approves the budget for next year's road repairs",
                               "Residents say the decision came late"]


def test_w3m_wrapped_paragraphs_separated_by_a_blank_line_stay_apart():
    # three full lines each: the page's wrap width shows over both paragraphs together
    dump = "\n".join(wrap_columns(ZH_PARA, 72)) + "\n\n" + "\n".join(wrap_columns(ZH_PARA2, 72))
    assert texts(dump) == [ZH_PARA, ZH_PARA2]


def test_short_line_after_a_wrapped_paragraph_is_not_joined_to_it():
    # the paragraph's last line ends short of the margin, so the next line starts a new block
    lines = wrap_columns(ZH_PARA, 60)
    assert texts("\n".join(lines + ["责任编辑：张三"])) == [ZH_PARA, "责任编辑：张三"]


@pytest.mark.parametrize("field", ["作者: 赵培：北京物资学院，北京", "关键词: 淘宝网；物流配送",
                                   "2005-04-28 11:13更新来源：转载文章", "来源：新闻晨报"])
def test_a_field_line_under_a_line_ending_at_the_margin_starts_a_block(field):
    # the line above (a headline, a metadata line) ends near the margin without a full stop
    lines = wrap_columns(ZH_PARA, 60)
    head = "淘宝网物流配送存在的问题及对策研究与几条可以考虑的解决办法"
    assert 56 <= columns(head) <= 60
    assert texts("\n".join(lines + ["", head, field])) == [ZH_PARA, head, field]


def test_a_wrapped_line_that_merely_mentions_a_label_is_joined():
    para = ZH_PARA[:40] + "作者的意见是，" + ZH_PARA[40:]
    lines = wrap_columns(para, 60)
    assert texts("\n".join(lines)) == [para]


def test_w3m_line_end_hyphen_joins_the_halves_of_a_broken_word():
    dump = "\n".join([
        "The council voted on Tuesday to rebuild the old stone bridge over the",
        "river, after a long campaign by residents who said that the crossing was",
        "unsafe for the children walking to school every day. Work on the recon-",
        "struction will start in the spring and is expected to take eight months,",
        "the council said in a statement on its website late on Tuesday evening.",
    ])
    joined, = texts(dump)
    assert "Work on the reconstruction will start" in joined
    assert "over the river, after" in joined


@pytest.mark.xfail(strict=True, reason="limitation: a line-end hyphen is always read as a word "
                                       "broken by hyphenation, so a compound split at its own "
                                       "hyphen loses it ('well-' + 'known' -> 'wellknown')")
def test_w3m_compound_word_broken_at_its_hyphen_keeps_the_hyphen():
    dump = "\n".join([
        "The council voted on Tuesday to rebuild the old stone bridge over the",
        "river, after a long campaign by residents who said that the crossing was",
        "unsafe for the children walking to school every day. Work on the well-",
        "known crossing will start in the spring and is expected to take months,",
        "the council said in a statement on its website late on Tuesday evening.",
    ])
    assert "the well-known crossing" in texts(dump)[0]


# --- w3m table layouts: two columns sharing lines ---------------------------------------------------

MENU = ["首页", "新闻中心", "体育频道", "财经频道", "娱乐频道", "联系我们"]


def test_w3m_menu_column_and_main_column_are_read_column_by_column():
    main = wrap_columns(ZH_PARA[:100], 34)
    assert len(main) >= 5
    dump = "导航栏\n\n" + side_by_side(MENU, main, left_width=12) + "\n\n版权所有 某某日报社"
    page = segment_text(dump)
    got = [b.text for b in page.blocks]
    # the main column's wrapped lines come out as one contiguous paragraph, after the menu
    assert got == ["导航栏"] + MENU + [ZH_PARA[:100], "版权所有 某某日报社"]
    main_block = page.blocks[got.index(ZH_PARA[:100])]
    assert main_block.indent >= 12


def test_w3m_columns_indented_with_tabs_read_like_columns_indented_with_spaces():
    # a dump whose leading spaces a tool turned into tabs (stops of eight columns)
    main = wrap_columns(ZH_PARA[:100], 34)
    dump = "导航栏\n\n" + side_by_side(MENU, main, left_width=12) + "\n\n版权所有 某某日报社"
    indented = "\n".join("        " + line if line else line for line in dump.split("\n"))
    tabbed = "\n".join("\t" + line if line else line for line in dump.split("\n"))
    spaced_blocks = [(b.text, b.indent) for b in segment_text(indented).blocks]
    assert [(b.text, b.indent) for b in segment_text(tabbed).blocks] == spaced_blocks
    assert ZH_PARA[:100] in [text for text, _ in spaced_blocks]


def test_w3m_sidebar_right_of_the_main_column_comes_after_it():
    main = wrap_columns(ZH_PARA[:80], 34)
    side = ["热点新闻", "邻镇老街改造启动", "古建筑保护条例出台", "春季植树活动开始", "更多新闻"]
    assert len(main) <= len(side)
    got = texts(side_by_side(main, side, left_width=34))
    assert got == [ZH_PARA[:80]] + side


def test_w3m_main_column_running_on_below_a_short_sidebar_stays_contiguous():
    # The lines below the sidebar keep to the main column, so they are read with it.
    main = wrap_columns(ZH_PARA, 34)
    side = ["热点新闻", "邻镇老街改造启动", "古建筑保护条例出台", "春季植树活动开始"]
    assert len(main) > len(side) + 2
    got = texts(side_by_side(main, side, left_width=34))
    assert got == [ZH_PARA] + side


def test_w3m_centred_headline_and_byline_beside_a_sidebar_come_before_the_sidebar():
    # The sidebar's heading sits on the headline's row; the headline and the byline start at
    # columns of their own, but they are in the main column (no row has both them and the text).
    headline, byline = "古桥修缮完工重新开放", "2005年03月21日 本报记者 李明"
    main = ["       " + headline, "", "  " + byline, ""] + wrap_columns(ZH_PARA, 34)
    side = ["热点新闻", "", "邻镇老街改造启动", "古建筑保护条例出台", "春季植树活动开始", "更多新闻"]
    got = texts(side_by_side(main, side, left_width=34))
    assert got == [headline, byline, ZH_PARA] + [s for s in side if s]


def test_w3m_main_column_between_two_sidebar_boxes_is_read_in_one_piece():
    # Between the two boxes only the main column has lines, which ends the first table region;
    # both regions are cut at the same column, so they are one table and read as one.
    main = wrap_columns(ZH_PARA, 34) + [""] + wrap_columns(ZH_PARA2, 34)
    first, second = ["热点新闻", "老街改造", "古建筑保护"], ["图片新闻", "春季植树", "夜市开张"]
    side = first + [""] * 7 + second
    assert len(main) > len(side)
    got = texts(side_by_side(main, side, left_width=34))
    assert got == [ZH_PARA, ZH_PARA2] + first + second


def test_w3m_boxes_of_a_left_sidebar_with_lines_of_different_widths_are_one_table():
    # The upper box's lines reach further right than the lower box's, so the blank channel
    # before the main column is narrower above; the two channels overlap, so one table.
    first, second = ["古建筑保护条例", "邻镇老街改造启动", "春季植树活动"], ["图片", "视频", "专题"]
    side = first + [""] * 7 + second  # the lower box beside the second paragraph
    main = wrap_columns(ZH_PARA, 34) + [""] + wrap_columns(ZH_PARA2, 34)
    assert len(main) > len(side)
    got = texts(side_by_side(side, main, left_width=16, gap=4))
    # (the lower box is a run of its own, read after the text that started beside the upper one)
    assert got == first + [ZH_PARA, ZH_PARA2] + second


def test_w3m_line_across_the_column_cut_ends_the_main_column():
    # A footer line wider than the main column is no part of it: the sidebar comes before it.
    main = wrap_columns(ZH_PARA, 34)
    side = ["热点新闻", "邻镇老街改造启动", "古建筑保护条例出台"]
    footer = "关于我们 | 联系方式 | 广告服务 | 版权声明 | 网站地图 | 招聘信息"
    dump = side_by_side(main, side, left_width=34) + "\n\n" + footer
    assert texts(dump) == [ZH_PARA] + side + [footer]


def test_w3m_cells_only_two_spaces_apart_at_the_column_cut_are_split_there():
    # A sidebar cell that fills its column leaves only two spaces before the main column's cell:
    # the headline beside a poster's name, and a text line beside a long sidebar link, are cut at
    # the channel the other rows leave blank, so the headline heads the text.
    headline = "古桥修缮完工重新开放"
    main = wrap_columns(ZH_PARA, 34) + [""] + wrap_columns(ZH_PARA2, 34)
    side = ["邻镇新闻", "老街改造", "古建筑保护", "春季植树", "夜市开张"]
    # (the post's time far right on the headline's row, as on a forum page)
    rows = [pad(pad("会员 zhangsan2005", 18) + "  " + headline, 60) + "2005-09-11 18:04", ""]
    for k, line in enumerate(main):
        left = side[k] if k < len(side) else ""
        if k == 2:
            left = "夜市开张时间公告"  # 16 columns: two spaces before the text
            rows.append(pad(left, 18) + "  " + line)
        else:
            rows.append((pad(left, 18) + "    " + line).rstrip())
    got = texts("\n".join(rows))
    assert got == ["会员 zhangsan2005", side[0], side[1], "夜市开张时间公告", side[3], side[4],
                   headline, "2005-09-11 18:04", ZH_PARA, ZH_PARA2]


def test_w3m_line_across_the_column_cut_with_a_double_space_elsewhere_stays_whole():
    # Two spaces that are not at the cut are the line's own spacing, not a column boundary.
    main = wrap_columns(ZH_PARA, 34)
    side = ["热点新闻", "邻镇老街改造启动", "古建筑保护条例出台"]
    footer = "关于我们  联系方式 | 广告服务 | 版权声明 | 网站地图 | 招聘信息"
    dump = side_by_side(main, side, left_width=34) + "\n\n" + footer
    assert texts(dump) == [ZH_PARA] + side + ["关于我们 联系方式 | 广告服务 | 版权声明 | 网站地图 | 招聘信息"]


def test_block_field_order_matches_the_positional_construction_of_the_segmenters():
    """text.py and html.py build Blocks positionally for speed; a reordered Block breaks them."""
    import dataclasses

    from newsx.model import Block

    assert [f.name for f in dataclasses.fields(Block)][:10] == [
        "text", "index", "kind", "level", "link_chars", "link_count", "path", "hint",
        "gap_before", "indent"]


# --- the article's wrapped lines joined again (reflow_body, after classification) ---------------

def body_lines(lines, indents=None, gaps=None):
    """Blocks as segment_text hands them over for lines it could not join."""
    indents = indents or [0] * len(lines)
    gaps = gaps or [0] * len(lines)
    return [Block(text=t, index=i, indent=n, gap_before=g)
            for i, (t, n, g) in enumerate(zip(lines, indents, gaps))]


def test_reflow_joins_lines_wrapped_at_the_articles_margin_though_the_page_is_wider():
    lines = wrap_columns(ZH_PARA, 60) + wrap_columns(ZH_PARA2, 60)
    # (the paragraph's last line ends its sentence, so the next paragraph stays apart)
    assert [t for t, _ in reflow_body(body_lines(lines))] == [ZH_PARA, ZH_PARA2]


def test_reflow_keeps_lines_that_end_short_of_the_margin_or_open_a_list_apart():
    wrapped = wrap_columns(ZH_PARA, 60)
    short = "施工负责人介绍了工程的主要内容"   # ends without a mark, far short of the margin
    item = "（一）桥面石板全部编号后拆下清洗"
    lines = wrapped + [short, item, "二、栏杆按原样修复"]
    assert [t for t, _ in reflow_body(body_lines(lines))] == [ZH_PARA, short, item, "二、栏杆按原样修复"]


def test_reflow_keeps_a_more_indented_line_or_one_after_a_blank_line_apart():
    first, second = wrap_columns(ZH_PARA, 60)[:2]
    assert len(reflow_body(body_lines([first, second], indents=[0, 4]))) == 2
    assert len(reflow_body(body_lines([first, second], gaps=[0, 1]))) == 2
    # two lines of a short text, both at the same margin: one paragraph
    assert len(reflow_body(body_lines([first, second]))) == 1


def test_reflow_joins_english_lines_whose_next_word_would_not_have_fit():
    lines = textwrap.wrap(EN_PARA, 60)
    # (a line ending a sentence may end the paragraph: the text is joined up to such lines)
    expected, run = [], []
    for line in lines:
        run.append(line)
        if line.endswith("."):
            expected.append(" ".join(run))
            run = []
    assert len(expected) < len(lines) and " ".join(expected) == EN_PARA
    assert [t for t, _ in reflow_body(body_lines(lines))] == expected
    # browser lines (one paragraph each) that merely happen to be long stay apart
    paras = [EN_PARA[:150].rsplit(" ", 1)[0], EN_PARA[150:].split(" ", 1)[1]]
    assert len(reflow_body(body_lines(paras))) == 2


def test_reflow_joins_a_line_that_opens_on_a_comma():
    assert reflow_body(body_lines(["境内游境外游都是这样的", "，属于国际惯例。"]))[0][0] == "境内游境外游都是这样的，属于国际惯例。"
