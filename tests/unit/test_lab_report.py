from lab.report import Report, inline_html


def test_inline_markup_is_escaped_and_linked():
    out = inline_html("see [the <report>](a/report.html) and `x < y` **now**")
    assert '<a href="a/report.html">the &lt;report&gt;</a>' in out
    assert "<code>x &lt; y</code>" in out and "<b>now</b>" in out


def test_report_renders_markdown_and_html(tmp_path):
    r = Report("Title")
    r.text("intro").conclusion("int8 costs 1.0 points").table(["a", "b"], [[1, 0.12345], ["x", None]])
    r.image("plot.png", "a plot").bullets(["one", "two"]).code("raw <text>")
    md_path = r.write(tmp_path)
    md = md_path.read_text()
    html = (tmp_path / "report.html").read_text()
    assert md.startswith("# Title")
    assert "| a | b |" in md and "| 1 | 0.123 |" in md and "| x | — |" in md
    assert "![a plot](plot.png)" in md and "> **Conclusion.** int8 costs 1.0 points" in md
    assert "<img src='plot.png'" in html and "<td>0.123</td>" in html and "raw &lt;text&gt;" in html
    assert html.count("<li>") == 2


def test_index_links_every_report(tmp_path):
    from lab.experiments import write_index

    results = {"context": {"title": "Context length vs latency", "conclusion": "cap prompts at 256", "wall_s": 61.0,
                           "load": "load average 0.10"},
               "quant": {"title": "Quantization vs quality", "conclusion": "int8 costs 1 point", "wall_s": 120.0,
                         "load": "load average 1.00"}}
    write_index(tmp_path, results, 181.0, "the default model")
    md = (tmp_path / "index.md").read_text()
    html = (tmp_path / "index.html").read_text()
    assert "[Context length vs latency](context/report.html)" in md and "181 s" in md
    assert '<a href="quant/report.html">' in html and "int8 costs 1 point" in html
