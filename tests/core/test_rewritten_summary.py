"""A provision whose list was summarised in place is one rewritten row (QA D11), in several
languages; two different provisions that only share their lead stay apart.

The real case is A/C.2/80/L.12 → A/RES/80/123 PP1 (test_official_pairs.py); these are small
texts built on its pattern: a long list of the series' resolutions with their dates becomes
"its resolution <latest> and its previous resolutions on <subject>".
"""

from __future__ import annotations

import pytest

import resolution_compare as rc
from resolution_compare.core.parser import parse_text

CASES = {
    "en": (
        "The General Assembly,\n\n"
        "{pp1}\n\n"
        "Reaffirming the importance of debt sustainability for the achievement of the "
        "Sustainable Development Goals,\n\n"
        "1. Takes note of the report of the Secretary-General;\n\n"
        "2. Decides to include in the provisional agenda of its next session the item "
        "entitled “External debt sustainability and development”.\n",
        "Recalling its resolutions 70/190 of 22 December 2015, 71/216 of 21 December 2016, "
        "72/204 of 20 December 2017, 73/221 of 20 December 2018, 74/203 of 19 December 2019, "
        "75/205 of 21 December 2020 and 76/193 of 17 December 2021,",
        "Recalling its resolution 76/193 of 17 December 2021 and its previous resolutions on "
        "external debt sustainability and development,",
    ),
    "fr": (
        "L’Assemblée générale,\n\n"
        "{pp1}\n\n"
        "Réaffirmant l’importance de la viabilité de la dette pour la réalisation des "
        "objectifs de développement durable,\n\n"
        "1. Prend note du rapport du Secrétaire général ;\n\n"
        "2. Décide d’inscrire à l’ordre du jour provisoire de sa prochaine session la "
        "question intitulée « Soutenabilité de la dette extérieure et développement ».\n",
        "Rappelant ses résolutions 70/190 du 22 décembre 2015, 71/216 du 21 décembre 2016, "
        "72/204 du 20 décembre 2017, 73/221 du 20 décembre 2018, 74/203 du 19 décembre 2019, "
        "75/205 du 21 décembre 2020 et 76/193 du 17 décembre 2021,",
        "Rappelant sa résolution 76/193 du 17 décembre 2021 et ses résolutions antérieures "
        "sur la soutenabilité de la dette extérieure et le développement,",
    ),
    "es": (
        "La Asamblea General,\n\n"
        "{pp1}\n\n"
        "Reafirmando la importancia de la sostenibilidad de la deuda para el logro de los "
        "Objetivos de Desarrollo Sostenible,\n\n"
        "1. Toma nota del informe del Secretario General;\n\n"
        "2. Decide incluir en el programa provisional de su próximo período de sesiones el "
        "tema titulado “Sostenibilidad de la deuda externa y desarrollo”.\n",
        "Recordando sus resoluciones 70/190, de 22 de diciembre de 2015, 71/216, de 21 de "
        "diciembre de 2016, 72/204, de 20 de diciembre de 2017, 73/221, de 20 de diciembre de "
        "2018, 74/203, de 19 de diciembre de 2019, y 76/193, de 17 de diciembre de 2021,",
        "Recordando su resolución 76/193, de 17 de diciembre de 2021, y sus resoluciones "
        "anteriores sobre la sostenibilidad de la deuda externa y el desarrollo,",
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_summarised_list_is_one_rewritten_row(language: str) -> None:
    template, listed, summarised = CASES[language]
    left = parse_text(template.format(pp1=listed), "left.txt", language)
    right = parse_text(template.format(pp1=summarised), "right.txt", language)
    changed = [r for r in rc.compare(left, right).rows if r.status != "unchanged"]
    assert [(r.left, r.right, r.status, r.uncertain) for r in changed] == [
        (("PP1",), ("PP1",), "rewritten", True)
    ]
    assert changed[0].lead is None and not changed[0].flags


def test_two_different_recalls_in_one_place_stay_apart() -> None:
    # Same lead, same place, but another subject: a deletion and an insertion.
    template, listed, _ = CASES["en"]
    other = (
        "Recalling the Paris Agreement adopted under the United Nations Framework Convention "
        "on Climate Change, and the commitments made therein,"
    )
    left = parse_text(template.format(pp1=listed), "left.txt", "en")
    right = parse_text(template.format(pp1=other), "right.txt", "en")
    changed = [(r.left, r.right, r.status) for r in rc.compare(left, right).rows]
    assert (("PP1",), (), "deleted") in changed
    assert ((), ("PP1",), "inserted") in changed
