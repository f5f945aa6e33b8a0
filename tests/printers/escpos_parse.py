"""A strict reader of the ESC/POS subset the writer emits, so tests can check structure, not blobs.

Any byte sequence outside that subset (an unknown command, a control byte inside text) fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Command:
    """One command: a name such as ``"ESC a"`` and its argument bytes."""

    name: str
    args: bytes = b""


@dataclass(frozen=True)
class PrintedLine:
    """A line of text as printed, with the style in force when it was printed."""

    text: str
    align: int
    bold: bool
    scale: int
    invert: bool


@dataclass
class Stream:
    """The parsed job: commands in order and the text lines they print."""

    commands: list[Command] = field(default_factory=list)
    lines: list[PrintedLine] = field(default_factory=list)

    def named(self, name: str) -> list[Command]:
        """Every command called ``name``."""
        return [c for c in self.commands if c.name == name]

    def texts(self) -> list[str]:
        """The printed lines' text."""
        return [line.text for line in self.lines]


FIXED = {  # prefix -> (name, number of argument bytes)
    b"\x1b@": ("ESC @", 0),
    b"\x1b2": ("ESC 2", 0),
    b"\x1bt": ("ESC t", 1),
    b"\x1ba": ("ESC a", 1),
    b"\x1bE": ("ESC E", 1),
    b"\x1bd": ("ESC d", 1),
    b"\x1bJ": ("ESC J", 1),
    b"\x1d!": ("GS !", 1),
    b"\x1dB": ("GS B", 1),
    b"\x1dV": ("GS V", 2),
}


def parse(data: bytes, codec: str = "cp437") -> Stream:
    """Parse ``data``; raise AssertionError on anything the writer should never produce."""
    stream = Stream()
    style = {"ESC a": 0, "ESC E": 0, "GS !": 0, "GS B": 0}
    text = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == 0x0A:
            stream.commands.append(Command("LF"))
            size = style["GS !"]
            assert size >> 4 == size & 0x0F, "width and height multipliers differ"
            line = PrintedLine(
                bytes(text).decode(codec), style["ESC a"], bool(style["ESC E"]), (size & 0x0F) + 1,
                bool(style["GS B"]),
            )  # fmt: skip
            if text:
                stream.lines.append(line)
            text.clear()
            i += 1
        elif byte in (0x1B, 0x1D):
            assert not text, f"command inside unterminated text at {i}"
            command, i = _command(data, i)
            stream.commands.append(command)
            if command.name in style:
                style[command.name] = command.args[0]
        else:
            assert byte >= 0x20, f"control byte 0x{byte:02x} in text at {i}"
            text.append(byte)
            i += 1
    assert not text, "text left without LF at the end"
    return stream


def _command(data: bytes, i: int) -> tuple[Command, int]:
    prefix = data[i : i + 2]
    if prefix in FIXED:
        name, argc = FIXED[prefix]
        return Command(name, data[i + 2 : i + 2 + argc]), i + 2 + argc
    if data[i : i + 3] == b"\x1d(k":
        length = int.from_bytes(data[i + 3 : i + 5], "little")
        return Command("GS ( k", data[i + 5 : i + 5 + length]), i + 5 + length
    if data[i : i + 4] == b"\x1dv0\x00":
        width = int.from_bytes(data[i + 4 : i + 6], "little")
        rows = int.from_bytes(data[i + 6 : i + 8], "little")
        end = i + 8 + width * rows
        assert end <= len(data), "raster image runs past the end"
        return Command("GS v 0", data[i + 4 : end]), end
    raise AssertionError(f"unknown command {data[i : i + 4]!r} at {i}")
