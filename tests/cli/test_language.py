"""`--lang`: the command line in French, as a person runs it (a subprocess each)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ocse_planner import i18n
from ocse_planner.cli import language_in, main

NBSP = "\u00a0"


def run(*args: str, lang_env: str = "en_CA.UTF-8") -> subprocess.CompletedProcess[str]:
    """The command as a subprocess, with the tests' own HOME and config folder."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang_env
    return subprocess.run([sys.executable, "-m", "ocse_planner", *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.activate("en")


def test_stats_in_french_has_french_headers_and_numbers(demo_path):
    result = run("--lang", "fr", "stats", "--db", str(demo_path), "--series", "2022")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Lutte contre l'exploitation sexuelle des enfants en ligne (2022)\n")
    assert "Webinaire\tInscriptions\tPrésences\tTaux\tMinutes en moyenne\tDéclarée" in out
    assert f"Participation déclarée{NBSP}: 611" in out
    assert "Sondage\tÉnoncé\tEn accord\tRéponses" in out
    assert f"\t82{NBSP}%\t" in out and f"près de 80{NBSP}%" in out
    english = run("stats", "--db", str(demo_path), "--series", "2022").stdout
    assert "Participants (reported): 611" in english and "\t82%\t" in english


def test_help_is_french_including_argparse_own_words():
    result = run("--lang", "fr", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"utilisation{NBSP}: ocse-planner")
    assert f"options{NBSP}:" in result.stdout and "afficher ce message d'aide et quitter" in result.stdout
    assert "Planifier une série de webinaires récurrente, hors ligne." in result.stdout
    sub = run("--lang", "fr", "export", "agenda", "--help")
    assert "fichier de planification, ou URL d'une base de données" in " ".join(sub.stdout.split())
    assert "--db CHEMIN|URL" in sub.stdout


def test_error_lines_are_french_and_exit_codes_unchanged(demo_path, tmp_path):
    missing = run("--lang", "fr", "stats", "--db", str(tmp_path / "nope.db"), "--series", "2022")
    assert missing.returncode == 1
    assert missing.stderr == f"ocse-planner{NBSP}: erreur{NBSP}: {tmp_path / 'nope.db'}{NBSP}: n'existe pas\n"
    english = run("stats", "--db", str(tmp_path / "nope.db"), "--series", "2022")
    assert english.returncode == 1 and english.stderr.endswith("does not exist\n")

    usage = run("--lang", "fr", "stats", "--db", str(demo_path))
    assert usage.returncode == 2
    assert f"les arguments suivants sont obligatoires{NBSP}: --series" in usage.stderr
    assert usage.stderr.startswith(f"utilisation{NBSP}: ocse-planner stats")

    wrong = run("--lang", "de", "stats")
    assert wrong.returncode == 2 and "invalid choice: 'de'" in wrong.stderr


def test_the_system_locale_and_the_saved_choice_decide_without_lang(demo_path, tmp_path):
    assert "utilisation" in run("--help", lang_env="fr_CA.UTF-8").stdout
    assert "usage:" in run("--help", lang_env="de_DE.UTF-8").stdout
    i18n.save_language("en")  # the choice made in the window wins over the locale…
    assert "usage:" in run("--help", lang_env="fr_CA.UTF-8").stdout
    assert "utilisation" in run("--lang", "fr", "--help").stdout  # …and --lang over both


def test_lang_is_read_before_the_sub_command_only():
    assert language_in(["--lang", "fr", "stats"]) == "fr"
    assert language_in(["--db", "x.db", "--lang=fr"]) == "fr"
    assert language_in(["stats", "--lang", "fr"]) is None  # a sub-command's own words
    assert language_in(["--db", "--lang"]) is None


def test_conflicts_counts_are_french_plurals(demo_path, capsys):
    assert main(["--lang", "fr", "conflicts", "--db", str(demo_path), "--series", "2022"]) == 0
    assert capsys.readouterr().out.endswith(f"(2022){NBSP}: 0{NBSP}erreur, 0{NBSP}avertissement\n")


def test_formats_follow_cldr():
    from datetime import datetime

    i18n.activate("fr")
    assert i18n.format_number(1234) == "1\u202f234" or i18n.format_number(1234) == f"1{NBSP}234"
    assert i18n.format_percent(82.0) == f"82{NBSP}%" and i18n.format_percent(75.0, 1) == f"75,0{NBSP}%"
    assert i18n.format_time(datetime(2022, 1, 25, 13, 10)) == "13 h 10"
    i18n.activate("en")
    assert i18n.format_number(1234) == "1,234" and i18n.format_percent(75.0, 1) == "75.0%"


def test_conflict_findings_are_french(double_booked, capsys):
    """A finding is a service template too: in French, with its times and typography."""
    assert main(["--lang", "fr", "conflicts", "--db", str(double_booked), "--series", "2022"]) == 1
    out = capsys.readouterr().out
    assert (f"ERREUR{NBSP}: Jad Saliba a des réservations pour des présentations qui se chevauchent{NBSP}: "
            f"«{NBSP}Moderniser les enquêtes numériques dans les affaires d'ESEL{NBSP}» (webinaire 1 de «{NBSP}Lutte "
            f"contre l'exploitation sexuelle des enfants en ligne{NBSP}», 2022-01-25 14 h 10 à 14 h 30 (HNE), soit aussi "
            f"son heure) et «{NBSP}Talk 4{NBSP}»") in out  # the French titles where written
    assert out.endswith(f"Lutte contre l'exploitation sexuelle des enfants en ligne (2022){NBSP}: 1{NBSP}erreur, "
                        f"0{NBSP}avertissement\n")


def test_the_partner_matrix_speaks_french(demo_path, capsys):
    assert main(["--lang", "fr", "partners", "--db", str(demo_path), "--series", "2022"]) == 0
    out = capsys.readouterr().out
    assert "Organisation" in out and "Webinaire 1" in out and "Série 2022" in out
    assert out.startswith("Lutte contre l'exploitation sexuelle des enfants en ligne (2022)\n")
    assert "Royal Canadian Mounted Police" not in out  # the organizations by their French names
    rcmp = next(line for line in out.splitlines() if line.startswith("Gendarmerie royale du Canada (GRC)"))
    assert rcmp[42:].startswith("coanimation; a présenté")  # ×2 wraps in the 24-character column
    assert "partenaire de la Stratégie" in " ".join(out.split())


def test_the_readiness_list_in_french_names_the_series_and_webinars_in_french(demo_path, capsys):
    assert main(["--lang", "fr", "readiness", "--db", str(demo_path), "--series", "2022", "--as-of", "2021-12-01"]) in (0, 1)
    out = capsys.readouterr().out.replace(NBSP, " ").replace("\u202f", " ")
    assert out.startswith("Webinaire 1, 25 janv. 2022, « Mécanismes de signalement, outils et nouvelles tendances")
    assert out.rstrip().splitlines()[-1].startswith("Lutte contre l'exploitation sexuelle des enfants en ligne (2022) : ")
    assert "Reporting Mechanisms" not in out and "Combatting" not in out
