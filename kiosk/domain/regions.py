"""Province codes that begin an NIK or a KK number (Kemendagri), old ones kept.

The 2022 Papua split gave new codes (91 Papua, 92 Papua Barat, 93 Papua Selatan,
94 Papua Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya), but the millions of
NIKs issued before keep their old prefixes: 94xx was Papua (Mimika is 9409) and
91xx Papua Barat. A number is never refused for its prefix; an unknown one is
only a warning.
"""

from __future__ import annotations

PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua / Papua Barat (sebelum 2022)",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah / Papua (sebelum 2022)",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}


def known_province(code: str) -> bool:
    """Whether the first two digits name a province, now or before 2022."""
    return code[:2] in PROVINCES
