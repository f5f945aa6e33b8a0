"""Make the hall board's sound clips: the chime, and one spoken clip per word of a call.

Run it when the words of a call change (kiosk/domain/spoken.py), then commit
assets/sounds. It needs espeak-ng and sox (apt-get install espeak-ng sox); the
station itself only plays the WAV files made here.

    python scripts/make_sounds.py [--out assets/sounds] [--speed 140]
"""

from __future__ import annotations

import argparse
import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from kiosk.domain.spoken import vocabulary
from kiosk.domain.text import LANGS, Lang
from ui.display.clips import CHANNELS, RATE, SAMPLE_WIDTH, chime_path, clip_name

ROOT = Path(__file__).resolve().parent.parent
VOICES: dict[Lang, str] = {"id": "id", "en": "en"}

# The chime: three bell tones falling G5, E5, C5, each ringing out under the next.
CHIME_NOTES = ((0.00, 783.99), (0.36, 659.25), (0.72, 523.25))
CHIME_SECONDS = 1.6
BELL_PARTIALS = ((1.0, 1.0), (2.0, 0.3), (3.0, 0.08))  # (multiple of the note, loudness)
BELL_DECAY_S = 0.42
CHIME_PEAK = 0.6  # of full scale: the voice clips peak at -3 dB, the chime sits under them

# sox: trim the silence espeak-ng leaves around a word, so that words join at the
# pace of speech, and level every clip to the same peak; then (a second pass, once
# the length is known) soften the cut edges so that joins do not click.
TRIM = ["silence", "1", "0.01", "0.1%", "reverse", "silence", "1", "0.01", "0.1%", "reverse"]
LEVEL = ["gain", "-n", "-3"]
FADE = ["fade", "t", "0.005", "-0", "0.015"]


def main(argv: list[str] | None = None) -> int:
    """Write every clip under --out and remove clips no call uses any more."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "sounds")
    parser.add_argument("--speed", type=int, default=140, help="words per minute")
    args = parser.parse_args(argv)
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed: apt-get install espeak-ng sox", file=sys.stderr)
            return 1
    write_chime(chime_path(args.out))
    for lang in LANGS:
        write_words(lang, args.out / lang, args.speed)
    return 0


def write_chime(path: Path) -> None:
    """Synthesize the chime: sine partials with an exponential decay, mixed and faded out."""
    count = int(CHIME_SECONDS * RATE)
    samples = [0.0] * count
    for start, frequency in CHIME_NOTES:
        for i in range(int(start * RATE), count):
            t = i / RATE - start
            envelope = min(1.0, t / 0.006) * math.exp(-t / BELL_DECAY_S)
            samples[i] += envelope * sum(
                loudness * math.sin(2 * math.pi * frequency * multiple * t)
                for multiple, loudness in BELL_PARTIALS
            )
    tail = int(0.15 * RATE)  # reach exact silence at the end, without a click
    for k in range(tail):
        samples[count - tail + k] *= 1 - k / tail
    scale = CHIME_PEAK * 32767 / max(abs(s) for s in samples)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(CHANNELS)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{count}h", *(round(s * scale) for s in samples)))


def write_words(lang: Lang, folder: Path, speed: int) -> None:
    """One clip per token of `lang`; clips of tokens no longer used are deleted."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {clip_name(token): token for token in vocabulary(lang)}
    with tempfile.TemporaryDirectory() as scratch:
        raw, trimmed = Path(scratch) / "raw.wav", Path(scratch) / "trimmed.wav"
        for name, token in sorted(wanted.items()):
            # A capital letter alone is read as its name ("K" → "ka" / "kay").
            subprocess.run(
                ["espeak-ng", "-v", VOICES[lang], "-s", str(speed), "-w", str(raw), token],
                check=True,
            )
            # Without dither the same words give the same bytes: a rerun changes
            # only the clips whose words changed.
            fmt = ["-r", str(RATE), "-c", str(CHANNELS), "-b", "16"]
            subprocess.run(["sox", "--no-dither", raw, *fmt, trimmed, *TRIM, *LEVEL], check=True)
            subprocess.run(["sox", "--no-dither", trimmed, *fmt, folder / name, *FADE], check=True)
    for stale in set(p.name for p in folder.glob("*.wav")) - set(wanted):
        (folder / stale).unlink()
    print(f"{lang}: {len(wanted)} clips in {folder}")


if __name__ == "__main__":
    sys.exit(main())
