"""The hall board's colours, sizes scaled to the screen, and its stylesheet.

A board is read from across the hall, so it has its own look: a dark, calm ground
(a TV lit all day glares less), white text, amber for what is being called. Every
size is given for 1920×1080 (landscape) or 1080×1920 (portrait) and scaled to the
window, so a 1366×768 TV shows the same picture, only smaller. Every rule that
colours text names its background too, so the contrast test can check each pair.
"""

from __future__ import annotations

from dataclasses import dataclass

# The palette
PAGE = "#0A2233"
PANEL = "#12344D"
TILE = "#174263"
HEADER = "#0B3C5D"
TICKER = "#061826"
WHITE = "#FFFFFF"
MUTED = "#C5D3DF"
AMBER = "#F2A900"
INK = "#10202E"
NAVY = "#0B3C5D"
ONLINE = "#8FE0A8"
OFFLINE = "#FFC94D"
EDGE = "#2B5878"


@dataclass(frozen=True, slots=True)
class BoardMetrics:
    """The board's sizes in pixels for one window size and arrangement."""

    scale: float
    portrait: bool

    @classmethod
    def for_size(cls, width: int, height: int) -> BoardMetrics:
        """Portrait when taller than wide; the scale keeps the base picture inside the window."""
        portrait = height > width
        base_w, base_h = (1080, 1920) if portrait else (1920, 1080)
        scale = round(min(width / base_w, height / base_h), 3)
        return cls(max(scale, 0.3), portrait)

    def px(self, size: float) -> int:
        """A base size scaled to this window (never below one pixel)."""
        return max(1, round(size * self.scale))

    @property
    def gap(self) -> int:
        """Space between panels and around the edge."""
        return self.px(24)

    @property
    def header_height(self) -> int:
        return self.px(170 if self.portrait else 120)

    @property
    def ticker_height(self) -> int:
        return self.px(64)

    @property
    def spotlight_number(self) -> int:
        """The font size the called number starts from (it shrinks only if it must)."""
        return self.px(210 if self.portrait else 190)

    @property
    def tile_number(self) -> int:
        return self.px(60)

    @property
    def tile_min_width(self) -> int:
        return self.px(300)

    @property
    def tile_height(self) -> int:
        return self.px(106)

    @property
    def row_number(self) -> int:
        """The ticket number in the last calls list."""
        return self.px(54)

    @property
    def row_height(self) -> int:
        return self.px(70)

    @property
    def waiting_row_height(self) -> int:
        return self.px(44)

    def waiting_min_width(self, long_names: bool) -> int:
        """The narrowest a column of waiting lines may be (service names are longer)."""
        return self.px(520 if long_names else 300)


def board_stylesheet(m: BoardMetrics) -> str:
    """The board window's stylesheet at the sizes of `m`."""
    px = m.px
    return f"""
QMainWindow#DisplayWindow, #BoardBody {{ background: {PAGE}; }}
QLabel {{ background: transparent; }}

#BoardHeader {{ background: {HEADER}; }}
#BoardHeader QLabel {{ color: {WHITE}; background: {HEADER}; }}
#BoardHeader QLabel#HallBadge {{
    color: {INK}; background: {AMBER}; border-radius: {px(14)}px;
    font-size: {px(30)}px; font-weight: bold;
}}
#BoardHallName {{ font-size: {px(38)}px; font-weight: bold; }}
#BoardHeader QLabel#BoardSubtitle {{ color: {MUTED}; background: {HEADER}; font-size: {px(24)}px; }}
#BoardClock {{ font-size: {px(64)}px; font-weight: bold; }}
#BoardHeader QLabel#BoardDate {{ color: {MUTED}; background: {HEADER}; font-size: {px(24)}px; }}
#BoardHeader QLabel#OnlineHint {{ color: {ONLINE}; background: {HEADER}; font-size: {px(18)}px; }}
#BoardHeader QLabel#OnlineHint[offline="true"] {{ color: {OFFLINE}; background: {HEADER}; }}

#Spotlight {{ background: {PANEL}; border-radius: {px(24)}px; border: {px(3)}px solid {EDGE}; }}
#Spotlight QLabel {{ color: {WHITE}; background: {PANEL}; }}
#Spotlight QLabel#SpotCaption, #Spotlight QLabel#SpotCounterCaption {{
    color: {MUTED}; background: {PANEL}; font-size: {px(30)}px; font-weight: bold;
}}
#Spotlight QLabel#SpotCaptionEn, #Spotlight QLabel#SpotCounterCaptionEn {{
    color: {MUTED}; background: {PANEL}; font-size: {px(22)}px;
}}
#Spotlight QLabel#SpotNumber {{ color: {AMBER}; background: {PANEL}; font-weight: bold; }}
#Spotlight QLabel#SpotCounter {{ color: {WHITE}; background: {PANEL}; font-weight: bold; }}
#Spotlight QLabel#SpotWhere {{ font-size: {px(34)}px; font-weight: bold; }}
#Spotlight QLabel#SpotService {{ color: {MUTED}; background: {PANEL}; font-size: {px(26)}px; }}
#Spotlight QLabel#SpotRecall {{
    color: {INK}; background: {AMBER}; border-radius: {px(8)}px;
    font-size: {px(24)}px; font-weight: bold; padding: {px(2)}px {px(12)}px;
}}
#SpotDivider {{ background: {EDGE}; }}
#Spotlight[flash="on"] {{ background: {AMBER}; border-color: {AMBER}; }}
#Spotlight[flash="on"] QLabel, #Spotlight[flash="on"] QLabel#SpotNumber,
#Spotlight[flash="on"] QLabel#SpotCounter, #Spotlight[flash="on"] QLabel#SpotCaption,
#Spotlight[flash="on"] QLabel#SpotCaptionEn, #Spotlight[flash="on"] QLabel#SpotCounterCaption,
#Spotlight[flash="on"] QLabel#SpotCounterCaptionEn, #Spotlight[flash="on"] QLabel#SpotService {{
    color: {INK}; background: {AMBER};
}}
#Spotlight[flash="on"] QLabel#SpotRecall {{ color: {WHITE}; background: {NAVY}; }}
#Spotlight[flash="alt"] {{ background: {WHITE}; border-color: {AMBER}; }}
#Spotlight[flash="alt"] QLabel, #Spotlight[flash="alt"] QLabel#SpotNumber,
#Spotlight[flash="alt"] QLabel#SpotCounter, #Spotlight[flash="alt"] QLabel#SpotCaption,
#Spotlight[flash="alt"] QLabel#SpotCaptionEn, #Spotlight[flash="alt"] QLabel#SpotCounterCaption,
#Spotlight[flash="alt"] QLabel#SpotCounterCaptionEn, #Spotlight[flash="alt"] QLabel#SpotService {{
    color: {NAVY}; background: {WHITE};
}}
#Spotlight[flash="alt"] QLabel#SpotRecall {{ color: {WHITE}; background: {NAVY}; }}
#Spotlight[flash="on"] #SpotDivider, #Spotlight[flash="alt"] #SpotDivider {{ background: {INK}; }}
#Spotlight QLabel#SpotWelcome {{ font-size: {px(56)}px; font-weight: bold; }}
#Spotlight QLabel#SpotWelcomeHint {{ color: {MUTED}; background: {PANEL}; font-size: {px(30)}px; }}

#BoardPanel {{ background: {PANEL}; border-radius: {px(20)}px; }}
#BoardPanel QLabel {{ color: {WHITE}; background: {PANEL}; }}
#BoardPanel QLabel#PanelTitle {{ font-size: {px(30)}px; font-weight: bold; }}
#BoardPanel QLabel#PanelTitleEn, #BoardPanel QLabel#PanelPage {{
    color: {MUTED}; background: {PANEL}; font-size: {px(22)}px;
}}
#BoardPanel QLabel#PanelEmpty {{ color: {MUTED}; background: {PANEL}; font-size: {px(26)}px; }}
#BoardPanel QLabel#RowNumber {{
    color: {AMBER}; background: {PANEL}; font-size: {m.row_number}px; font-weight: bold;
}}
#BoardPanel QLabel#RowCounter {{ font-size: {px(40)}px; font-weight: bold; }}
#BoardPanel QLabel#RowAgency {{ color: {MUTED}; background: {PANEL}; font-size: {px(22)}px; }}
#RowRule {{ background: {EDGE}; }}
#BoardPanel QLabel#WaitName {{ font-size: {px(25)}px; }}
#BoardPanel QLabel#WaitPrefix {{ color: {MUTED}; background: {PANEL}; font-size: {px(20)}px; }}
#BoardPanel QLabel#WaitCount {{ font-size: {px(32)}px; font-weight: bold; }}
#BoardPanel QLabel#WaitCount[closed="true"] {{ color: {MUTED}; background: {PANEL}; }}

#CounterTile {{ background: {TILE}; border-radius: {px(14)}px; }}
#CounterTile QLabel {{ color: {WHITE}; background: {TILE}; }}
#TileBadge {{ background: {AMBER}; border-radius: {px(10)}px; }}
#TileBadge QLabel {{ color: {INK}; background: {AMBER}; }}
#TileBadge QLabel#TileCounterCaption {{ font-size: {px(18)}px; font-weight: bold; }}
#TileBadge QLabel#TileCounterNumber {{ font-weight: bold; }}
#CounterTile QLabel#TileNumber {{ font-size: {m.tile_number}px; font-weight: bold; }}
#CounterTile QLabel#TileAgency {{ color: {MUTED}; background: {TILE}; font-size: {px(21)}px; }}
#CounterTile[flash="on"] {{ background: {AMBER}; }}
#CounterTile[flash="on"] QLabel, #CounterTile[flash="on"] QLabel#TileAgency {{
    color: {INK}; background: {AMBER};
}}
#CounterTile[flash="on"] #TileBadge {{ background: {NAVY}; }}
#CounterTile[flash="on"] #TileBadge QLabel {{ color: {WHITE}; background: {NAVY}; }}
"""


#: Every text colour the board draws outside the stylesheet, on its ground.
PAINTED_TEXT = ((WHITE, TICKER),)
