"""Texts the stray tests share: a story of six paragraphs and a paragraph from another one."""

from __future__ import annotations

STORY = [
    "The city council of Springfield voted on Tuesday to close the old Riverside bridge to traffic.",
    "Engineers told the council that the Riverside bridge had cracks in two of its steel supports.",
    "Mayor Alice Chen said the council had no choice but to close the bridge until repairs are done.",
    "Drivers will be sent over the Harbor bridge, which engineers say can carry the extra traffic.",
    "Repairs to the Riverside bridge supports will cost the city about 4 million dollars, the council said.",
    "Shop owners near the Riverside bridge fear that the closure will keep customers away for months.",
]


FOREIGN = (
    "The striker Lukas Moreno scored twice in the second half as Valencia beat Sevilla at the Mestalla, "
    "lifting his club into fourth place in La Liga."
)
