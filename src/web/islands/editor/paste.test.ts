// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EMPTY_DOC, initialContent } from './content.ts';
import { countCharacters, countWords } from './count.ts';
import { cleanPastedHtml } from './paste.ts';
import { checkLinkUrl, normalizeTypedUrl } from './url.ts';

/** Whitespace between tags does not matter to ProseMirror's parser. */
const norm = (html: string) => html.replace(/\s+/g, ' ').replace(/>\s+</g, '><').trim();
const clean = (html: string) => norm(cleanPastedHtml(html));

// What Word for Windows puts on the clipboard (trimmed, but with its real quirks).
const WORD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-family:"Times New Roman",serif;} --></style>
</head>
<body lang=VI style='tab-interval:36.0pt'>
<!--StartFragment-->
<h1 style='margin-top:12.0pt'><a name="_Toc1"></a><span lang=VI>Kế hoạch chuyển đổi số<o:p></o:p></span></h1>
<p class=MsoNormal style='text-align:justify'><span lang=VI style='font-size:13.0pt;mso-bidi-font-family:Arial'>Ủy ban
nhân dân tỉnh <b style='mso-bidi-font-weight:normal'>ban hành</b> kế hoạch <i>năm 2025</i>,
xem <a href="https://dinh.gov.vn/ke-hoach"><span style='color:#0563C1'>tại đây</span></a>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<h2><span lang=VI>Mục tiêu<o:p></o:p></span></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
lang=VI>Dịch vụ công trực tuyến<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span
lang=VI>Cấp độ 4<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=VI style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]><span
lang=VI>Chữ ký số<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=VI><span style='mso-list:Ignore'>3.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span
lang=VI>Bước ba<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=VI><span style='mso-list:Ignore'>4.<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]><span
lang=VI>Bước bốn<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><span lang=VI>Chỉ tiêu<o:p></o:p></span></b></p></td>
  <td width=301 valign=top style='width:225.4pt'><p class=MsoNormal><b><span lang=VI>Năm 2025<o:p></o:p></span></b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td colspan=2 valign=top style='width:450.8pt'><p class=MsoNormal><span lang=VI>80%<o:p></o:p></span></p></td>
 </tr>
</table>
<p class=MsoNormal><font face="Times New Roman"><span style='mso-spacerun:yes'> </span>Hết.</font><!-- ghi chú --><o:p></o:p></p>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_1" type="#_x0000_t75"><v:imagedata src="file:///C:/Users/a/clip_image001.png"/></v:shape><![endif]--><![if !vml]><img width=100 height=50 src="file:///C:/Users/a/clip_image001.png" v:shapes="Picture_1"><![endif]><o:p></o:p></p>
<!--EndFragment-->
</body></html>`;

// What Google Docs puts on the clipboard.
const GOOGLE = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-6f0c2a1e-7fff-1b2c-4d5e-6f7a8b9c0d1e"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Thông báo tuyển dụng</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;vertical-align:baseline;white-space:pre-wrap;">Sở Nội vụ </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;font-style:normal;vertical-align:baseline;white-space:pre-wrap;">thông báo</span><span style="font-size:11pt;font-weight:400;font-style:italic;white-space:pre-wrap;"> tuyển dụng</span><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;"> công chức, xem </span><a href="https://snv.dinh.gov.vn/tuyen-dung" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;white-space:pre-wrap;">hướng dẫn</span></a><span style="font-size:11pt;vertical-align:super;">1</span><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;">.</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;">Bằng đại học</span></p></li><ul style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:circle;" aria-level="2"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;text-decoration:line-through;white-space:pre-wrap;">Chuyên ngành luật</span></p></li></ul><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;">Tiếng Anh B1</span></p></li></ul><br><ol style="margin-top:0;margin-bottom:0;" start="2"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;white-space:pre-wrap;">Nộp hồ sơ</span></p></li></ol><br><div dir="ltr" style="margin-left:0pt;" align="left"><table style="border:none;border-collapse:collapse;"><colgroup><col width="301"><col width="301"></colgroup><tbody><tr style="height:0pt"><td style="border-left:solid #000000 1pt;vertical-align:top;padding:5pt 5pt 5pt 5pt;overflow:hidden;overflow-wrap:break-word;"><p dir="ltr" style="line-height:1.2;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-weight:700;white-space:pre-wrap;">Vị trí</span></p></td><td style="vertical-align:top;"><p dir="ltr"><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;">Chuyên viên</span></p></td></tr></tbody></table></div><p dir="ltr"><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;"><span class="Apple-tab-span" style="white-space:pre;">	</span></span></p><p dir="ltr"><span><img src="https://lh7-rt.googleusercontent.com/docsz/abc" width="200" height="100"></span></p><a href="javascript:alert(1)"><span>bấm</span></a> <a href="data:text/html,x">dữ liệu</a></b><br class="Apple-interchange-newline">`;

// Word for the web (Office 365) wraps every run and every list item separately.
const WORD_ONLINE = `<div class="OutlineElement Ltr SCXW1 BCX0"><p class="Paragraph SCXW1 BCX0" paraid="1" paraeid="{a}"><span data-contrast="auto" xml:lang="VI-VN" lang="VI-VN" class="TextRun SCXW1 BCX0"><span class="NormalTextRun SCXW1 BCX0">Phiên </span></span><span data-contrast="auto" xml:lang="VI-VN" lang="VI-VN" class="TextRun SCXW1 BCX0" style="font-weight:bold"><span class="NormalTextRun SCXW1 BCX0">họp</span></span><span class="EOP SCXW1 BCX0" data-ccp-props="{}">&nbsp;</span></p></div><div class="ListContainerWrapper SCXW1 BCX0"><ul class="BulletListStyle1 SCXW1 BCX0" role="list"><li data-leveltext="" data-font="Symbol" data-listid="1" role="listitem" class="OutlineElement Ltr SCXW1 BCX0" data-aria-posinset="1" data-aria-level="1"><p class="Paragraph SCXW1 BCX0"><span class="TextRun SCXW1 BCX0"><span class="NormalTextRun SCXW1 BCX0">Một</span></span></p></li></ul></div><div class="ListContainerWrapper SCXW1 BCX0"><ul class="BulletListStyle1 SCXW1 BCX0" role="list"><li role="listitem" class="OutlineElement Ltr SCXW1 BCX0"><p class="Paragraph SCXW1 BCX0"><span class="TextRun SCXW1 BCX0"><span class="NormalTextRun SCXW1 BCX0">Hai</span></span></p></li></ul></div>`;

describe('cleanPastedHtml: Word for Windows', () => {
  const out = clean(WORD);

  it('keeps headings (h1 becomes h2, the editor has no h1) and drops bookmarks and o:p', () => {
    expect(out).toContain('<h2>Kế hoạch chuyển đổi số</h2>');
    expect(out).toContain('<h2>Mục tiêu</h2>');
    expect(out).not.toMatch(/o:p|name=|_Toc/);
  });

  it('keeps bold, italic and links but no class, style, lang or span', () => {
    expect(out).toContain(
      '<p>Ủy ban nhân dân tỉnh <strong>ban hành</strong> kế hoạch <em>năm 2025</em>, xem <a href="https://dinh.gov.vn/ke-hoach">tại đây</a>.</p>',
    );
    expect(out).not.toMatch(/class=|style=|lang=|<span|<font|mso-|<!--/);
  });

  it('turns mso-list paragraphs into nested bullet and numbered lists', () => {
    expect(out).toContain(
      '<ul><li><p>Dịch vụ công trực tuyến</p><ul><li><p>Cấp độ 4</p></li></ul></li><li><p>Chữ ký số</p></li></ul>',
    );
    expect(out).toContain('<ol start="3"><li><p>Bước ba</p></li><li><p>Bước bốn</p></li></ol>');
    expect(out).not.toContain('·');
  });

  it('keeps tables with their spans, bold header cells, and nothing else', () => {
    expect(out).toContain(
      '<table><tr><td><p><strong>Chỉ tiêu</strong></p></td><td><p><strong>Năm 2025</strong></p></td></tr><tr><td colspan="2"><p>80%</p></td></tr></table>',
    );
  });

  it('drops empty paragraphs, comments, VML and images', () => {
    expect(out).not.toMatch(/<p>(\s|&nbsp;)*<\/p>|img|v:shape|clip_image/);
    expect(out.endsWith('<p> Hết.</p>')).toBe(true);
  });
});

describe('cleanPastedHtml: Google Docs', () => {
  const out = clean(GOOGLE);

  it('unwraps the docs-internal-guid <b> so the whole paste is not bold', () => {
    expect(out.startsWith('<h2>Thông báo tuyển dụng</h2><p>Sở Nội vụ <strong>thông báo</strong>')).toBe(true);
    expect(out).not.toContain('docs-internal-guid');
  });

  it('turns span styles into marks; link underline is not an extra mark', () => {
    expect(out).toContain(
      '<strong>thông báo</strong><em> tuyển dụng</em> công chức, xem <a href="https://snv.dinh.gov.vn/tuyen-dung">hướng dẫn</a><sup>1</sup>.</p>',
    );
  });

  it('moves nested lists into the previous item and keeps ordered list starts', () => {
    expect(out).toContain(
      '<ul><li><p>Bằng đại học</p><ul><li><p><s>Chuyên ngành luật</s></p></li></ul></li><li><p>Tiếng Anh B1</p></li></ul>',
    );
    expect(out).toContain('<ol start="2"><li><p>Nộp hồ sơ</p></li></ol>');
  });

  it('keeps the table without its wrapper div, colgroup or tbody', () => {
    expect(out).toContain(
      '<table><tr><td><p><strong>Vị trí</strong></p></td><td><p>Chuyên viên</p></td></tr></table>',
    );
  });

  it('drops the block separators, tab-only and image paragraphs, and unsafe links', () => {
    expect(out).not.toMatch(/<br|<img|javascript:|data:|<p>\s*<\/p>|dir=|role=/);
    expect(out).toMatch(/bấm dữ liệu$/);
  });
});

describe('cleanPastedHtml: other sources', () => {
  it('joins Word Online list items and keeps its bold run', () => {
    expect(clean(WORD_ONLINE)).toBe(
      '<p>Phiên <strong>họp</strong>&nbsp;</p><ul><li><p>Một</p></li><li><p>Hai</p></li></ul>',
    );
  });

  it('makes paragraphs of inline-only divs and keeps line breaks inside text', () => {
    expect(clean('<div>Dòng một<br>dòng hai</div><div><b>Ba</b><br></div>')).toBe(
      '<p>Dòng một<br>dòng hai</p><p><strong>Ba</strong></p>',
    );
  });

  it('leaves a copy from the editor itself alone', () => {
    const own = '<h2 data-pm-slice="1 1 []">Tiêu đề</h2><figure data-media-id="3"></figure>';
    expect(cleanPastedHtml(own)).toBe(own);
  });

  it('keeps quotes, code, sub/superscript, rules and header cells', () => {
    expect(
      clean(
        '<blockquote><p>Trích <code>x</code> H<sub>2</sub>O m<sup>2</sup></p></blockquote><hr><table><thead><tr><th rowspan="2" class="x">A</th></tr></thead></table>',
      ),
    ).toBe(
      '<blockquote><p>Trích <code>x</code> H<sub>2</sub>O m<sup>2</sup></p></blockquote><hr><table><tr><th rowspan="2">A</th></tr></table>',
    );
  });

  it('drops scripts, event handlers and unsafe attributes', () => {
    expect(
      clean('<p onclick="x()">A<script>alert(1)</script><a href="/trang" target="_blank">b</a></p>'),
    ).toBe('<p>A<a href="/trang">b</a></p>');
  });
});

describe('links', () => {
  it('accepts http(s), mailto, tel, site-relative and anchors', () => {
    expect(checkLinkUrl('https://dinh.gov.vn/a')).toBe('https://dinh.gov.vn/a');
    expect(checkLinkUrl('mailto:vanthu@dinh.gov.vn')).toBe('mailto:vanthu@dinh.gov.vn');
    expect(checkLinkUrl('tel:+842431234567')).toBe('tel:+842431234567');
    expect(checkLinkUrl('/tin-tuc/a')).toBe('/tin-tuc/a');
    expect(checkLinkUrl('#muc-2')).toBe('#muc-2');
  });

  it('refuses javascript:, data:, protocol-relative and junk', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'ftp://x',
      '',
      'vbscript:x',
    ]) {
      expect(checkLinkUrl(bad)).toBeNull();
    }
  });

  it('completes what people type', () => {
    expect(normalizeTypedUrl('dinh.gov.vn/lien-he')).toBe('https://dinh.gov.vn/lien-he');
    expect(normalizeTypedUrl('vanthu@dinh.gov.vn')).toBe('mailto:vanthu@dinh.gov.vn');
    expect(normalizeTypedUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('counts', () => {
  it('counts Vietnamese syllables as words and ignores lone punctuation', () => {
    expect(countWords('Ủy ban nhân dân tỉnh – năm 2025.\nHết')).toBe(8);
    expect(countWords('   ')).toBe(0);
  });

  it('counts characters after NFC, without block breaks', () => {
    expect(countCharacters('Việt'.normalize('NFD'))).toBe(4);
    expect(countCharacters('a\nb')).toBe(2);
  });
});

describe('initial content', () => {
  it('starts empty for an empty textarea or a doc without blocks', () => {
    expect(initialContent('')).toEqual(EMPTY_DOC);
    expect(initialContent('{"type":"doc","content":[]}')).toEqual(EMPTY_DOC);
  });

  it('loads a stored document and refuses what is not one', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A' }] }] };
    expect(initialContent(JSON.stringify(doc))).toEqual(doc);
    expect(initialContent('<p>HTML cũ</p>')).toBeNull();
    expect(initialContent('{"type":"paragraph"}')).toBeNull();
  });
});
