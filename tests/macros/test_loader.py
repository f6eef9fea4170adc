"""The YAML loader: text stays text, and every unreadable file gets a Swedish message with its line."""

from macros.loader import load_file, load_text


def test_implicit_typing_never_changes_text():
    loaded, problems = load_text("a: NO\nb: yes\nc: 08\nd: 1:20\ne: 2024-01-01\nf: ~\n", "x.yml")
    assert problems == []
    assert loaded.data == {"a": "NO", "b": "yes", "c": "08", "d": "1:20", "e": "2024-01-01", "f": None}


def test_lines_are_kept_for_nested_values():
    loaded, _ = load_text("a:\n  b:\n    - x\n    - y\n", "x.yml")
    assert loaded.line_of(("a", "b", 1)) == 4


def test_duplicate_key_is_an_error_naming_both_lines():
    _, problems = load_text("namn: A\nsyfte: x\nnamn: B\n", "data/roller/x.yml")
    assert len(problems) == 1
    p = problems[0]
    assert (p.file, p.line, p.field) == ("data/roller/x.yml", 3, "namn")
    assert "två gånger" in p.message and "rad 1" in p.message


def test_tab_indentation_names_every_line():
    _, problems = load_text("a:\n\t- x\nb:\n\t- y\n", "x.yml")
    assert [p.line for p in problems] == [2, 4]
    assert "tabb" in problems[0].message and "mellanslag" in problems[0].fix


def test_colon_in_unquoted_text_explains_quotes():
    _, problems = load_text("syfte: Mål: ökad närvaro\n", "x.yml")
    assert problems[0].line == 1
    assert "citattecken" in problems[0].fix


def test_empty_file_and_comment_only_file():
    for text in ("", "# bara en kommentar\n"):
        _, problems = load_text(text, "x.yml")
        assert "tom" in problems[0].message


def test_non_utf8_file(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes("namn: Logoped\nbeskrivning: Sk\u00e5ne\n".encode("latin-1"))
    _, problems = load_file(path, "x.yml")
    assert problems[0].line == 2
    assert "UTF-8" in problems[0].message


def test_several_documents_in_one_file():
    _, problems = load_text("a: 1\n---\nb: 2\n", "x.yml")
    assert "flera YAML-dokument" in problems[0].message
