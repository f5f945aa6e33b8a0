"""The nine questions of the survey and the words of their four answers, as a citizen reads them.

From the sample questionnaire of PermenPAN-RB 14/2017 (lampiran, contoh kuesioner), which
words each answer for its element ("Tidak mudah / Kurang mudah / Mudah / Sangat mudah" for the
procedure, "Sangat mahal … Gratis" for the fee). It says "Saudara"; the kiosk says "Anda",
as every other screen does. The elements follow `kiosk.domain.ikm.ELEMENTS` (U8 is the
handling of complaints and U9 the facilities, as the regulation lists the elements; its
sample questionnaire asks them the other way round).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.text import Text


@dataclass(frozen=True, slots=True)
class SkmQuestion:
    """One element asked: the question, and the words of answers 1 (worst) … 4 (best)."""

    question: Text
    answers: tuple[Text, Text, Text, Text]


def _scale(*pairs: tuple[str, str]) -> tuple[Text, Text, Text, Text]:
    one, two, three, four = (Text(i, e) for i, e in pairs)
    return one, two, three, four


_MATCH = _scale(
    ("Tidak sesuai", "Does not match"),
    ("Kurang sesuai", "Matches poorly"),
    ("Sesuai", "Matches"),
    ("Sangat sesuai", "Matches very well"),
)

#: By element code (U1 … U9).
QUESTIONS: dict[str, SkmQuestion] = {
    "U1": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis "
            "pelayanannya?",
            "Did the requirements (documents to bring) suit the service you asked for?",
        ),
        _MATCH,
    ),
    "U2": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang kemudahan prosedur pelayanan di sini?",
            "How easy was the procedure of the service here?",
        ),
        _scale(
            ("Tidak mudah", "Not easy"),
            ("Kurang mudah", "Not very easy"),
            ("Mudah", "Easy"),
            ("Sangat mudah", "Very easy"),
        ),
    ),
    "U3": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?",
            "How fast was the service?",
        ),
        _scale(
            ("Tidak cepat", "Not fast"),
            ("Kurang cepat", "Rather slow"),
            ("Cepat", "Fast"),
            ("Sangat cepat", "Very fast"),
        ),
    ),
    "U4": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?",
            "How fair was the fee you paid for the service?",
        ),
        _scale(
            ("Sangat mahal", "Very expensive"),
            ("Cukup mahal", "Rather expensive"),
            ("Murah", "Cheap"),
            ("Gratis", "Free of charge"),
        ),
    ),
    "U5": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang kesesuaian hasil pelayanan yang Anda terima dengan "
            "yang tercantum dalam standar pelayanan?",
            "Did what you received match what the service standard promises?",
        ),
        _MATCH,
    ),
    "U6": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?",
            "How capable were the staff who served you?",
        ),
        _scale(
            ("Tidak kompeten", "Not capable"),
            ("Kurang kompeten", "Not very capable"),
            ("Kompeten", "Capable"),
            ("Sangat kompeten", "Very capable"),
        ),
    ),
    "U7": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan "
            "dan keramahan?",
            "How polite and friendly were the staff?",
        ),
        _scale(
            ("Tidak sopan dan ramah", "Not polite or friendly"),
            ("Kurang sopan dan ramah", "Not very polite or friendly"),
            ("Sopan dan ramah", "Polite and friendly"),
            ("Sangat sopan dan ramah", "Very polite and friendly"),
        ),
    ),
    "U8": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang penanganan pengaduan, saran dan masukan dari "
            "pengguna layanan?",
            "How are complaints and suggestions from service users handled?",
        ),
        _scale(
            ("Tidak ada", "There is no way to complain"),
            ("Ada tetapi tidak berfungsi", "There is one, but it does not work"),
            ("Berfungsi kurang maksimal", "It works, but not well"),
            ("Dikelola dengan baik", "It is handled well"),
        ),
    ),
    "U9": SkmQuestion(
        Text(
            "Bagaimana pendapat Anda tentang kualitas sarana dan prasarana (ruang tunggu, "
            "toilet, parkir, akses)?",
            "How good are the facilities (waiting room, toilets, parking, access)?",
        ),
        _scale(
            ("Buruk", "Poor"),
            ("Cukup", "Fair"),
            ("Baik", "Good"),
            ("Sangat baik", "Very good"),
        ),
    ),
}
