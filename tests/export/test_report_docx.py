"""The post-series report reads like the seed report and uses real headings."""

from __future__ import annotations

from docx import Document

from ocse_planner.export.report_docx import export_report


def test_demo_report_follows_the_seed_report(demo_db, tmp_path):
    path = tmp_path / "OCSE-2022-report.docx"
    with demo_db.read() as session:
        export_report(session, 1, path)
    doc = Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    headings1 = [t for s, t in paragraphs if s == "Heading 1"]
    assert headings1 == [
        "Introduction",
        "Webinar 1: Reporting Mechanisms, Tools and Emerging Trends in Online Child Sexual Exploitation "
        "(in collaboration with RCMP), January 2022",
        "Webinar 2: Best Practices in Trauma-informed Care and Supports when Working with Victims of Online Child "
        "Sexual Exploitation (in collaboration with Justice Canada), February 2022",
        "Webinar 3: Public Awareness and Research on Online Child Sexual Exploitation, March 2022",
        "Conclusion",
    ]
    assert paragraphs[0] == ("Title", "Public Safety Canada Webinar Series 2022")
    presentations = [t for s, t in paragraphs if s == "Heading 2" and t.startswith("Presentation")]
    assert len(presentations) == 12
    assert "Webinar 2 Discussion Highlights" in [t for s, t in paragraphs if s == "Heading 2"]
    text = "\n".join(t for _, t in paragraphs)
    assert "Colleen Varcoe, PhD, RN, Professor and Associate Director" in text
    assert "Detective Constable Dayna Boyko, Toronto Police Service (TPS)" in text
    assert "Erin Rogers, Marketing Manager, Public Safety Canada (PS) and Julie Chan" in text
    assert "Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC)" in text
    assert "works in collaboration with Justice Canada" in text
    assert "A total of 611 participants (reported) attended this three-part webinar series." in text
    assert "Counted from imported" not in text  # nothing imported: no counted figure is made up
    bullets = [t for s, t in paragraphs if s == "List Bullet"]
    assert "Share information on best practices and lessons learned" in bullets
    assert "Participants came from these sectors (reported):" in text
    assert "Local government" in bullets
    assert any(b.startswith("82% of participants: gained a deeper understanding") for b in bullets)
    assert any(b.startswith("Close to 80% of participants: the information provided") for b in bullets)


def test_highlights_are_printed_under_their_webinar(demo_db, tmp_path):
    from ocse_planner.db.models import Webinar

    with demo_db.write() as session:
        session.get(Webinar, 2).highlights = "Trauma-informed care needs time.\n\nPartners asked for a follow-up."
    path = tmp_path / "r.docx"
    with demo_db.read() as session:
        export_report(session, 1, path)
    texts = [p.text for p in Document(str(path)).paragraphs]
    start = texts.index("Webinar 2 Discussion Highlights")
    assert texts[start + 1: start + 3] == ["Trauma-informed care needs time.", "Partners asked for a follow-up."]
