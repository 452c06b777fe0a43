"""Reading articles: the header lines of scraped pages and wire copy (headline, date line, dateline)."""

from __future__ import annotations

import datetime as dt

import pytest

from stance.articles import read_header


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Allies line up behind the kingdom\n\nRIYADH, March 26, 2015 - Saudi Arabia said on Thursday ...",
         "Allies line up behind the kingdom", dt.date(2015, 3, 26)),
        ("GENEVA, 3 May 2021 (Reuters) - The agency said ...", None, dt.date(2021, 5, 3)),
        ("NEW DELHI, Sept. 20, 2023 \u2014 India said ...", None, dt.date(2023, 9, 20)),
        ("Home\nTalks collapse in Vienna\n20 September 2023\nThe envoys left ...", "Talks collapse in Vienna",
         dt.date(2023, 9, 20)),
        # no date line: a full date in a short line is the article's, unless words before it make it another day's
        ("Talks collapse in Vienna\n\nThe minister said on March 3, 2020 - no later - that ...",
         "Talks collapse in Vienna", None),
        ("EU envoy urges aid into Gaza\n\nDeliveries have slowed since the Oct. 7, 2023 attack, officials say.",
         "EU envoy urges aid into Gaza", None),
        ("LIVE: Missiles hit Kyiv\n\nLive coverage of the attack on Ukraine, July 8, 2024. All times Kyiv.",
         "LIVE: Missiles hit Kyiv", dt.date(2024, 7, 8)),
        ("Talks collapse in Vienna\n\nThe envoys, who had met eleven times in the Austrian capital over the past "
         "two years without agreeing on anything of substance, recalled the talks of March 3, 2020.",
         "Talks collapse in Vienna", None),
        ('Capitals protest as Lima defends its "sovereign right"\n\nLIMA, May 3, 2021 - Peru said ...',
         'Capitals protest as Lima defends its "sovereign right"', dt.date(2021, 5, 3)),
        ('"We will not back down," the minister told the crowd on Monday in Lima."\n\nLIMA, May 3, 2021 - ...',
         None, dt.date(2021, 5, 3)),
    ],
    ids=["wire-dateline", "dateline-with-agency", "dateline-em-dash", "date-line", "a-date-after-on-is-another-days",
         "a-date-after-since-is-another-days", "date-in-a-live-blogs-opening", "date-in-a-long-line",
         "a-headline-ending-in-a-quoted-word", "a-quoted-sentence-is-no-headline"],
)
def test_header_gives_title_and_date(text, title, date):
    assert read_header(text) == (title, date)
