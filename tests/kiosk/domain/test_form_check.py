"""A citizen's answers against a form: what passes, what each mistake says, what is masked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.catalog.loader import load_file
from kiosk.domain.form_check import check_answers, mask
from kiosk.domain.forms import FormDef
from kiosk.errors import CatalogueError
from tests.conftest import SMALL_CATALOGUE

TODAY = date(2026, 11, 23)
CATALOGUE, _ = load_file(SMALL_CATALOGUE)
FORM = CATALOGUE.form("KTP-EL")
assert isinstance(FORM, FormDef)
GOOD = {
    "nik": "9409 0101 0190 0001",
    "nama": "Yohanes Beanal",
    "telepon": "0812-3456-7890",
    "alasan": "baru",
    "tanggal_lahir": "01/01/1990",
}


def errors_for(**changes: str) -> dict[str, str]:
    result = check_answers(FORM, {**GOOD, **changes}, TODAY)
    return {field: text.id for field, text in result.errors.items()}


def test_good_answers_are_kept_normalised() -> None:
    result = check_answers(FORM, GOOD, TODAY)
    assert result.ok
    assert result.values == {
        "nik": "9409010101900001",
        "nama": "Yohanes Beanal",
        "telepon": "+6281234567890",
        "alasan": "baru",
        "tanggal_lahir": "1990-01-01",
    }


def test_the_service_knows_its_form_and_the_form_its_pages() -> None:
    service = CATALOGUE.service("KTP-EL")
    assert service is not None and CATALOGUE.form_of(service) is FORM
    assert [[f.id for f in page] for page in FORM.steps(GOOD)] == [
        ["nik", "nama", "jenis_kelamin"],
        ["telepon"],
        ["alasan"],
        ["tanggal_lahir", "anggota"],
    ]
    assert FORM.collects_personal_data


def test_a_follow_up_question_appears_only_when_its_answer_is_given() -> None:
    lost = {**GOOD, "alasan": "hilang"}
    assert [f.id for f in FORM.steps(lost)[2]] == ["alasan", "surat_polisi"]
    assert errors_for(alasan="hilang") == {
        "surat_polisi": "Membawa surat kehilangan dari polisi? wajib diisi."
    }
    hidden = check_answers(FORM, {**GOOD, "surat_polisi": "yes"}, TODAY)
    assert "surat_polisi" not in hidden.values, "a hidden field's answer is not kept"


@pytest.mark.parametrize(
    ("field", "answer", "expected"),
    [
        ("nama", "", "Nama lengkap wajib diisi."),
        ("nama", "   ", "Nama lengkap wajib diisi."),
        ("nama", "Y" * 61, "Nama lengkap: paling banyak 60 huruf."),
        ("nama", "Yohanes 😀", "hanya huruf, angka dan tanda baca"),
        ("nama", "Yoha\x1b[2Jnes", "hanya huruf, angka dan tanda baca"),
        ("nik", "12345", "NIK harus 16 angka; yang diisi 5 angka."),
        ("telepon", "12345", "diawali 08"),
        ("alasan", "lainnya", "Keperluan: pilih salah satu."),
        ("tanggal_lahir", "29/02/2001", "tanggal tidak ada atau tidak terbaca"),
        ("tanggal_lahir", "2027-01-01", "tidak boleh setelah hari ini"),
        ("tanggal_lahir", "kemarin", "tanggal tidak ada atau tidak terbaca"),
        ("anggota", "0", "paling kecil 1"),
        ("anggota", "dua", "isi dengan angka"),
    ],
)
def test_each_mistake_is_named_on_its_field(field: str, answer: str, expected: str) -> None:
    found = errors_for(**{field: answer})
    assert list(found) == [field]
    assert expected in found[field]


def test_optional_fields_may_stay_empty() -> None:
    result = check_answers(FORM, {**GOOD, "telepon": ""}, TODAY)
    assert result.ok and "telepon" not in result.values


def test_personal_data_is_masked_for_screens_and_paper() -> None:
    values = check_answers(FORM, GOOD, TODAY).values
    shown = {f.id: mask(f, values[f.id]) for f in FORM.fields if f.id in values}
    assert shown["nik"] == "9409 •••• •••• 0001"
    assert shown["nama"] == "Y••• B•••"
    assert shown["telepon"] == "+62812•••••890"
    assert shown["tanggal_lahir"] == "••-••-1990"
    assert shown["alasan"] == "baru", "not personal: shown as given"


def broken(tmp_path: Path, old: str, new: str) -> list[str]:
    text = SMALL_CATALOGUE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_file(path)
    return caught.value.problems


def test_a_condition_on_a_missing_field_is_refused(tmp_path: Path) -> None:
    problems = broken(tmp_path, 'field = "alasan", equals', 'field = "keperluan", equals')
    assert problems == [
        "forms[0] (KTP-EL): fields[5] (surat_polisi): field 'visible_when.field': "
        "no earlier field 'keperluan'"
    ]


def test_a_condition_on_an_impossible_answer_is_refused(tmp_path: Path) -> None:
    problems = broken(tmp_path, 'equals = ["hilang"]', 'equals = ["dicuri"]')
    assert "'alasan' cannot be 'dicuri'" in problems[0]


def test_a_service_naming_a_missing_form_is_refused(tmp_path: Path) -> None:
    problems = broken(tmp_path, 'form = "KTP-EL"', 'form = "KTP-ELX"')
    assert problems == ["services[0] (KTP-EL): field 'form': no form with id 'KTP-ELX'"]


def test_a_choice_without_options_is_refused(tmp_path: Path) -> None:
    problems = broken(tmp_path, 'type = "yes_no"', 'type = "choice"')
    assert "needs at least two 'options'" in problems[0]


def test_a_womans_nik_on_a_form_that_says_male_is_a_warning_not_a_block() -> None:
    womans_nik = "9409014101900001"  # day 41: born on the 1st, a woman
    result = check_answers(FORM, {**GOOD, "nik": womans_nik, "jenis_kelamin": "laki_laki"}, TODAY)
    assert result.ok
    assert "jenis kelamin" in result.warnings["nik"][0].id
    matching = check_answers(FORM, {**GOOD, "nik": womans_nik, "jenis_kelamin": "perempuan"}, TODAY)
    assert "nik" not in matching.warnings
