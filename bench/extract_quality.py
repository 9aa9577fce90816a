"""Extraction quality and speed, side by side with an off-the-shelf recogniser, in one run.

For the five seed documents (expected = the reviewed layers in ``layers/``) and the test documents in
the style of other provinces' plans (``tests/docs/*.expected.yaml``), it prints (designation, adcode)
precision / recall / F1 and throughput (characters per second) for:

- ``geo extract`` (this project: gazetteer automaton + resolver + layout frames);
- jionlp's ``recognize_location`` applied clause by clause (split at ，。；：and line breaks): every
  clause with a recognised place is taken as a designation whose name is the clause, members the
  adcodes of the places it recognised (its domestic results by their most specific unit, its "others"
  names through ``geo.resolver.resolve`` without province context).

Scoring (``geo.extract.evaluate``): a place counts when the right adcode is attached to a designation
whose name, group or industry (first 40 characters each) names it.

The test documents are printed in three sets, because only some were unseen when the rules were written:

- "tuned": the 16 documents written together with the extractor (its author saw every output);
- "blind 1": 11 documents (BLIND_1) whose expected tables were written and committed (3584d06) before the
  extractor was first run on them; the rules were then fixed on them, so their current figures are
  after-fix, not blind;
- "blind 2": 4 documents (BLIND_2) written and committed (9bbf2d5) after the batch-1 fixes and scored
  before any change for them; again fixed afterwards;
- "blind 3": 4 documents (BLIND_3, commit 60fb524) written after the batch-2 fixes, scored, then fixed;
- "blind 4": 4 documents (BLIND_4, commit b087f15) written after the batch-3 fixes, scored, then fixed;
- "blind 5": 3 documents (BLIND_5, commit d4b9d2c) written after the batch-4 fixes, scored, then fixed;
- "blind 6": 2 documents (BLIND_6, commit 8753c1a) written after the batch-5 fixes, scored, then fixed;
- "blind 7": 2 documents (BLIND_7, commit 75ffd61) written after the batch-6 fixes, scored, then fixed;
- "blind 8": 2 documents (BLIND_8, commit 2dd7745) written after the batch-7 fixes, scored, then fixed;
- "blind 9": 6 documents (BLIND_9, commit a54366e) written after the batch-8 fixes, scored, then fixed;
- "blind 10": 3 documents (BLIND_10, commit bf78be5) written after the batch-9 fixes, scored, then fixed;
- "blind 11": 3 documents (BLIND_11, commit 605bd62) written after the batch-10 fixes, scored, then fixed.
- "blind 12": 6 provincial documents (BLIND_12, commit 7af0c5c) written after the batch-11 fixes, scored, then fixed.
- "blind 13": 3 provincial documents (BLIND_13, commit 2957808) written after the batch-12 fixes, scored, then fixed.
- "blind 14": 6 provincial documents (BLIND_14, commit 9910af2) written after the batch-13 fixes, scored, then fixed.
- "blind 15": 6 provincial documents (BLIND_15, commit 20f4db0) written after the batch-13 fixes, scored, then fixed.
- "blind 16": 6 provincial documents (BLIND_16, commit c314023) written after the batch-14/15 fixes, scored, then fixed.
- "blind 17": 6 provincial documents (BLIND_17, commit 630ffbd) written after the batch-14/15 fixes, scored, then fixed.
- "blind 18": 6 provincial documents (BLIND_18, commit 5242131) written after the batch-16/17 fixes, scored, then fixed.
- "blind 19": 3 long provincial documents (BLIND_19, commits 04c3495, 797e811) written after the batch-16/17 fixes,
  scored, then fixed.
- "blind 20": 6 provincial documents (BLIND_20, commits 0f4018f, 151d5e6, 1d5ef23, 2e77bf2, bd72475) written after the
  batch-18/19 fixes, scored, then fixed.
- "blind 21": 6 provincial documents (BLIND_21, commits 6142dc9, 035d6bb, b02d350, b4e6552, ef00355, d2801be,
  e31816e) written after the batch-20 fixes, scored (code at 3254e0a), then fixed.
- "blind 22": 6 provincial documents (BLIND_22, commit 4cc7843) written after the batch-21 fixes, scored (code at
  466d0a0), then fixed.
- "blind 23": 6 provincial documents (BLIND_23, commit 466d0a0) written after the batch-21 fixes, scored (code at
  466d0a0), then fixed.
- "blind 24", "blind 25", "blind 26": 6 "ordinary" provincial documents each (BLIND_24 commit 7b4b969, BLIND_25 commit
  f922942, BLIND_26 commit 14ec511) written after the batch-21 fixes, scored by the lead while the batch-22/23 fixes
  were under way (code 927267b, f922942, 14ec511 with an uncommitted edit; tests/docs/README.md), then fixed.
- "blind 29": 4 "ordinary" provincial documents (BLIND_29, commit 7bd2532) written after the batch-24-26 fixes,
  scored by the lead with the code at 1d0c435, then fixed (two table items taken out by the own-zone convention).

- "blind 27", "blind 28": 6 "ordinary" provincial documents each (BLIND_27 commit e9fd579, BLIND_28 commit 4d71d00),
  the held-out set of the third session: scored with the code at 01cd80b without ever having changed a rule, then
  moved here and fixed in the fourth session (a fresh held-out set replaced them).

- "blind 30", "blind 31", "blind 32": 8 "ordinary" provincial documents each, written blind in the fourth session
  while the batch-27/28 fixes were under way (kept outside the repository until scored), scored by the lead right away
  (code 0a4d830, 4982736 and 063c8a7, each with the fixers' uncommitted edits), then fixed.
- "held-out reject": ningxia_helan_wine_corridor, written for the held-out set H2 and taken out of it before any rule
  changed because the extractor found nothing in it (P 0/0 R 0/21; the document's province was misread).

- "batch H2", "batch H3": the fourth session's held-out sets (11 and 8 "ordinary" documents), never used to change a
  rule while they were held out; their blind figures are the ones measured then (H2 with the code at 8b53c9b when it
  was written, H3 at 01a6d1c when it was first scored). Moved here and fixed in the fifth session.

- "blind 33", "blind 34": 8 and 4 "ordinary" documents written blind in the fifth session (topics with long county
  lists, node cities and park tables: fruit, vegetables, tourism, logistics, forestry, ginseng), scored by the lead
  right away (code 23e6426 and 40db55d), then fixed.

- "opened": the documents of ``tests/opened/`` (tests/opened/README.md): four blind sets of the sixth session (H4,
  written in the fifth, and H6, H7, H8), scored at first sight with the code at 428afd9 (its "when blind" figures),
  then opened: their misses were read and the classes behind them fixed with general rules, not document by
  document, so not every document reaches 0.90 and they are not in tests/docs.

- "held out": the documents of ``tests/heldout/`` (tests/heldout/README.md), written blind like the batches but
  never used to change a rule: the one row that measures documents the extractor was not fitted to, as the
  acceptance check does. Its figures are live (today's code), with and without pending items; "when blind" is
  the code at 428afd9, the sixth session's start, before any of its rules.

BLIND_SCORES are the figures measured on each batch at the time it was blind (with the code of the
time; tests/docs/README.md lists the later corrections of the expected tables). Items marked
``pending`` (a region or alias the gazetteer lacks; not the extractor's to add) are counted in the
plain figures and left out of the "without pending" ones.
Usage: ``.venv/bin/python bench/extract_quality.py [--repeat N]``; ``--dir FOLDER`` scores one folder of documents
document by document instead (a new blind batch before it joins tests/docs, or ``--dir tests/heldout``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from geo.extract import PlaceIndex, extract_document  # noqa: E402
from geo.extract.evaluate import Score, layer_expectations, score  # noqa: E402
from geo.extract.writer import layer_mapping  # noqa: E402
from geo.textio import read_document  # noqa: E402

_CLAUSE = re.compile(r"[^，。；：\n]+")

Predictor = Callable[[str, str], list[dict[str, Any]]]


#: Documents whose expected tables were written before the extractor ever ran on them (see the docstring).
BLIND_1 = frozenset({
    "anhui_hewubeng", "fujian_two_areas", "guangxi_beibu_gulf", "guizhou_old_prefectures", "hebei_core_wings_belts",
    "heilongjiang_corridor", "jiangsu_regions_table", "jiangxi_city_headings", "jilin_one_main",
    "ningxia_main_deputies", "zhejiang_bay_belts",
})
BLIND_2 = frozenset({
    "shanxi_energy_belts", "hainan_free_port", "xizang_plateau_industries", "suzhou_municipal_districts",
})
BLIND_3 = frozenset({
    "hubei_former_xiangfan", "shandong_three_circles", "tangshan_municipal_counties", "sichuan_five_regions",
})
BLIND_4 = frozenset({"henan_zhengluoxin", "foshan_municipal_districts", "hunan_south_west", "shanghai_districts"})
BLIND_5 = frozenset({"beijing_south_north", "ningbo_municipal_parks", "liaoning_coastal_belt"})
BLIND_6 = frozenset({"neimenggu_hubaoe_wings", "yunnan_dianzhong_border"})
BLIND_7 = frozenset({"shaanxi_three_regions", "gansu_hexi_corridor"})
BLIND_8 = frozenset({"chongqing_one_area_two_groups", "nanjing_municipal_districts"})
BLIND_9 = frozenset({
    "xinjiang_south_north_ports", "qinghai_xining_wings", "heilongjiang_daqing_chains", "guangdong_enclave_parks",
    "hubei_county_parks_table", "guangdong_jiangmen_ring_poles",
})
BLIND_10 = frozenset({"gansu_tianshui_municipal", "xinjiang_kashgar_prefecture", "heilongjiang_east_ports"})
BLIND_11 = frozenset({"gansu_jiuquan_energy", "hubei_yijingjing_cluster", "guangdong_county_towns"})
BLIND_12 = frozenset({"qinghai_salt_lake_chemicals", "guizhou_big_data", "yunnan_nonferrous",
                      "shandong_marine_equipment", "hebei_steel_transition", "neimenggu_rare_earth"})
BLIND_13 = frozenset({"jilin_auto_industry", "jiangxi_pv_nonferrous", "guangxi_auto_machinery"})
BLIND_14 = frozenset({"anhui_wanjiang_transfer", "henan_equipment_revival", "shaanxi_northern_energy",
                      "fujian_petrochemical", "hubei_auto_corridor", "liaoning_shenyang_economic_zone"})
BLIND_15 = frozenset({"guangdong_west_bank_equipment", "ningxia_ningdong_energy", "sichuan_chengdemian_equipment",
                      "xinjiang_textile_garment", "heilongjiang_equipment_revival", "gansu_lanbai_zone"})
BLIND_16 = frozenset({"jiangsu_coastal_development", "zhejiang_industrial_clusters", "shandong_blue_economy",
                      "guangxi_xijiang_belt", "guizhou_equipment_qianzhong", "yunnan_bridgehead_parks"})
BLIND_17 = frozenset({"hebei_coastal_caofeidian", "hunan_changzhutan_manufacturing", "jiangxi_poyang_lake_zone",
                      "neimenggu_coal_chemical", "jilin_changjitu", "hainan_international_tourism_island"})
BLIND_18 = frozenset({"tianjin_high_end_equipment", "chongqing_auto_motorcycle", "qinghai_new_energy_materials",
                      "xizang_characteristic_industries", "shaanxi_guanzhong_tianshui_equipment",
                      "henan_central_plains_zone"})
BLIND_19 = frozenset({"hubei_manufacturing_13th_long", "shandong_equipment_long",
                      "gansu_industrial_transformation_long"})
BLIND_20 = frozenset({"fujian_electronics_haixi", "guangdong_transfer_parks", "hunan_xiangnan_transfer",
                      "jiangxi_gannan_rare_earth", "ningxia_characteristic_agro_industry",
                      "heilongjiang_russia_border_processing"})
BLIND_21 = frozenset({"anhui_hefei_wuhu_bengbu_innovation", "sichuan_tianfu_new_area", "zhejiang_marine_economy",
                      "hebei_equipment_manufacturing", "yunnan_central_yunnan_industry",
                      "guizhou_coal_electricity_metallurgy"})
BLIND_22 = frozenset({"anhui_wanbei_agro_processing", "henan_yudong_yubei_clusters", "hubei_exi_eco_tourism_industry",
                      "shandong_lunan_economic_belt", "jiangsu_subei_industrial_parks",
                      "shaanxi_shannan_circular_industry"})
BLIND_23 = frozenset({"guangxi_guixi_aluminium", "neimenggu_mengdong_energy", "hunan_daxiangxi_tourism_agro",
                      "liaoning_liaoxibei_breakthrough", "fujian_mindong_ningde", "jilin_changbaishan_medicine"})
BLIND_24 = frozenset({"shanxi_aluminium_magnesium", "xinjiang_tianshan_north_slope", "gansu_longdong_energy_base",
                      "guangdong_east_bank_electronics", "zhejiang_characteristic_towns",
                      "tianjin_biomedicine_districts"})
BLIND_25 = frozenset({"jiangxi_ganjiang_new_area", "hubei_wuhan_city_circle_industry", "hunan_dongting_lake_eco_zone",
                      "fujian_xiazhangquan_integration", "sichuan_panxi_resources", "guangxi_border_opening"})
BLIND_26 = frozenset({"heilongjiang_green_food_processing", "jilin_west_eco_economy",
                      "qinghai_haidong_industrial_park", "henan_zhengzhou_airport_zone",
                      "ningxia_yellow_river_zone_parks", "hebei_capital_green_economic_circle"})
BLIND_27 = frozenset({"jiangsu_yanjiang_shipbuilding", "guangdong_yuedong_shanchaojie",
                      "sichuan_chuandongbei_gas_chemical", "neimenggu_agro_livestock_processing",
                      "hunan_nonferrous_metals", "xinjiang_three_bases_energy_chemical"})
BLIND_28 = frozenset({"shandong_yellow_river_delta_eco", "zhejiang_shanhai_cooperation_parks",
                      "yunnan_biomedicine_health", "gansu_longnan_characteristic_industries",
                      "heilongjiang_ice_snow_tourism", "hainan_tropical_agriculture"})
BLIND_30 = frozenset({"fujian_tea_industry", "guangxi_sugar_industry", "neimenggu_wind_solar_bases",
                      "shandong_new_old_kinetic_energy", "anhui_wannan_culture_tourism_zone",
                      "hebei_zhangcheng_green_industries", "heilongjiang_east_coal_power_chemical",
                      "qinghai_clean_energy_bases"})
BLIND_31 = frozenset({"hunan_xiangjiang_new_area_industries", "xinjiang_silk_road_logistics_center",
                      "yunnan_plateau_agriculture", "zhejiang_digital_economy_doubling",
                      "gansu_longdongnan_tcm_wellness_tourism", "guangdong_north_eco_development_zone",
                      "guizhou_new_building_materials", "jiangsu_sunan_innovation_demonstration_zone"})
BLIND_32 = frozenset({"hainan_key_industrial_parks", "shaanxi_guanzhong_plain_urban_agglomeration",
                      "shanghai_integrated_circuit_layout", "shanxi_modern_coal_chemical",
                      "guangxi_beibu_gulf_industrial_layout_2016", "hubei_yangtze_green_industry",
                      "jilin_modern_agriculture_regions", "tianjin_noncapital_function_platforms"})
#: Written for the held-out set H2 and taken out of it before any rule changed: it produced nothing (tests/docs/README).
HELDOUT_REJECT = frozenset({"ningxia_helan_wine_corridor"})
BLIND_29 = frozenset({"anhui_hefei_economic_circle", "jiangxi_gannan_soviet_area", "shanxi_transformation_zone",
                      "liaoning_shenfu_new_area"})
BLIND_H2 = frozenset({"jiangsu_suzhong_rise_industries", "chongqing_electronics_parks", "guizhou_baijiu_industry",
                      "shanxi_culture_tourism", "tianjin_aerospace_districts", "henan_food_industry",
                      "liaoning_petrochemical_bases", "hubei_biomedicine_industry", "shaanxi_aviation_industry",
                      "jilin_petrochemical_industry", "jiangxi_ceramics_industry"})
BLIND_H3 = frozenset({"liaoning_coastal_key_parks", "jiangxi_changjiu_integration_industries",
                      "fujian_minxinan_coordinated_industries", "chongqing_yudongbei_eco_industries",
                      "shandong_provincial_capital_urban_cluster", "hebei_county_characteristic_clusters",
                      "sichuan_chuannan_integration_2018", "neimenggu_yellow_river_trunk_line_belt"})
BLIND_33 = frozenset({"guangxi_forestry_industry_2017", "hebei_tourism_2016", "jiangxi_navel_orange_camellia_2015",
                      "shandong_vegetable_fruit_2016", "hunan_tourism_2016", "liaoning_logistics_2015",
                      "sichuan_modern_agriculture_2017", "zhejiang_tourism_2016"})
BLIND_34 = frozenset({"gansu_apple_vegetable_2016", "hubei_logistics_2015", "fujian_tourism_2016",
                      "jilin_ginseng_2016"})
#: (precision, recall) of ``geo extract`` on each batch while it was still blind (pending items included).
BLIND_SCORES = {"opened (48 docs)": (0.957, 0.875), "held out (36 docs)": (0.963, 0.927),
                "blind 1 (11 docs)": (0.639, 0.502), "blind 2 (4 docs)": (0.919, 0.733),
                "blind 3 (4 docs)": (0.932, 0.855), "blind 4 (4 docs)": (0.922, 0.833),
                "blind 5 (3 docs)": (0.907, 0.864), "blind 6 (2 docs)": (0.960, 0.793),
                "blind 7 (2 docs)": (0.733, 1.000), "blind 8 (2 docs)": (0.944, 0.696),
                "blind 9 (6 docs)": (0.779, 0.563), "blind 10 (3 docs)": (0.929, 0.684),
                "blind 11 (3 docs)": (0.800, 0.690), "blind 12 (6 docs)": (0.836, 0.628),
                "blind 13 (3 docs)": (0.933, 0.829), "blind 14 (6 docs)": (0.765, 0.738),
                "blind 15 (6 docs)": (0.910, 0.725), "blind 16 (6 docs)": (0.716, 0.730),
                "blind 17 (6 docs)": (0.838, 0.764), "blind 18 (6 docs)": (0.788, 0.774),
                "blind 19 (3 docs)": (0.913, 0.850), "blind 20 (6 docs)": (0.838, 0.706),
                "blind 21 (6 docs)": (0.662, 0.810), "blind 22 (6 docs)": (0.441, 0.532),
                "blind 23 (6 docs)": (0.720, 0.725), "blind 24 (6 docs)": (0.900, 0.898),
                "blind 25 (6 docs)": (0.871, 0.849), "blind 26 (6 docs)": (0.871, 0.739),
                "blind 27 (6 docs)": (0.845, 0.893), "blind 28 (6 docs)": (0.892, 0.796),
                "blind 29 (4 docs)": (0.802, 0.888), "blind 30 (8 docs)": (0.916, 0.701),
                "blind 31 (8 docs)": (0.794, 0.781), "blind 32 (8 docs)": (0.882, 0.862),
                "held-out reject (1 doc)": (0.0, 0.0), "batch H2 (11 docs)": (0.885, 0.750),
                "batch H3 (8 docs)": (0.852, 0.903), "blind 33 (8 docs)": (0.908, 0.725),
                "blind 34 (4 docs)": (0.971, 0.973)}
SETS = {"blind 1 (11 docs)": BLIND_1, "blind 2 (4 docs)": BLIND_2, "blind 3 (4 docs)": BLIND_3,
        "blind 4 (4 docs)": BLIND_4, "blind 5 (3 docs)": BLIND_5,
        "blind 6 (2 docs)": BLIND_6, "blind 7 (2 docs)": BLIND_7, "blind 8 (2 docs)": BLIND_8,
        "blind 9 (6 docs)": BLIND_9, "blind 10 (3 docs)": BLIND_10,
        "blind 11 (3 docs)": BLIND_11, "blind 12 (6 docs)": BLIND_12,
        "blind 13 (3 docs)": BLIND_13, "blind 14 (6 docs)": BLIND_14, "blind 15 (6 docs)": BLIND_15,
        "blind 16 (6 docs)": BLIND_16, "blind 17 (6 docs)": BLIND_17,
        "blind 18 (6 docs)": BLIND_18, "blind 19 (3 docs)": BLIND_19, "blind 20 (6 docs)": BLIND_20,
        "blind 21 (6 docs)": BLIND_21, "blind 22 (6 docs)": BLIND_22, "blind 23 (6 docs)": BLIND_23,
        "blind 24 (6 docs)": BLIND_24, "blind 25 (6 docs)": BLIND_25, "blind 26 (6 docs)": BLIND_26,
        "blind 27 (6 docs)": BLIND_27, "blind 28 (6 docs)": BLIND_28, "blind 29 (4 docs)": BLIND_29,
        "blind 30 (8 docs)": BLIND_30, "blind 31 (8 docs)": BLIND_31, "blind 32 (8 docs)": BLIND_32,
        "held-out reject (1 doc)": HELDOUT_REJECT, "batch H2 (11 docs)": BLIND_H2, "batch H3 (8 docs)": BLIND_H3,
        "blind 33 (8 docs)": BLIND_33, "blind 34 (4 docs)": BLIND_34}


def corpus() -> dict[str, list[tuple[Path, list[dict[str, Any]]]]]:
    """{set name: [(document path, expected items)]}."""
    seeds = []
    for layer_path in sorted((REPO / "layers").glob("0*.yaml")):
        layer = yaml.safe_load(layer_path.read_text(encoding="utf-8"))
        seeds.append((REPO / layer["text"], layer_expectations(layer["designations"])))
    sets: dict[str, list[tuple[Path, list[dict[str, Any]]]]] = {
        "seeds (reviewed layers)": seeds, "tuned (16 docs)": [], **{name: [] for name in SETS}}
    for expected_path in sorted((REPO / "tests" / "docs").glob("*.expected.yaml")):
        expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
        stem = expected_path.name.replace(".expected.yaml", "")
        name = next((name for name, stems in SETS.items() if stem in stems), "tuned (16 docs)")
        sets[name].append((expected_path.with_name(stem + ".txt"), expected["designations"]))
    opened = sorted((REPO / "tests" / "opened").glob("*.expected.yaml"))
    sets[f"opened ({len(opened)} docs)"] = [
        (path.with_name(path.name.replace(".expected.yaml", ".txt")),
         yaml.safe_load(path.read_text(encoding="utf-8"))["designations"])
        for path in opened
    ]
    heldout = sorted((REPO / "tests" / "heldout").glob("*.expected.yaml"))
    sets[f"held out ({len(heldout)} docs)"] = [
        (path.with_name(path.name.replace(".expected.yaml", ".txt")),
         yaml.safe_load(path.read_text(encoding="utf-8"))["designations"])
        for path in heldout
    ]
    return sets


def without_pending(docs: list[tuple[Path, list[dict[str, Any]]]]) -> list[tuple[Path, list[dict[str, Any]]]]:
    """The same documents without the items that wait for a gazetteer row."""
    return [(path, [e for e in expected if "pending" not in e]) for path, expected in docs]


def ours(index: PlaceIndex) -> Predictor:
    def predict(name: str, _text: str) -> list[dict[str, Any]]:
        result = extract_document(read_document(Path(name)), index)
        return list(layer_mapping(result, name)["designations"])

    return predict


def _jionlp_codes(
    found: dict[str, Any],
    code_of: Callable[[str], str | None],
    domestic_code: Callable[[dict[str, str | None]], str | None],
) -> list[str]:
    codes: list[str] = []
    candidates = [domestic_code(entry) for entry, _count in found.get("domestic") or []]
    candidates += [code_of(other) for other in (found.get("others") or {})]
    for code in candidates:
        if code and code not in codes:
            codes.append(code)
    return codes


def jionlp_clauses() -> Predictor:
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp

    from geo.gazetteer import get_gazetteer
    from geo.resolver import resolve

    gazetteer = get_gazetteer()

    def code_of(name: str) -> str | None:
        candidates = resolve(name)
        return candidates[0].adcodes[0] if candidates and candidates[0].adcodes else None

    def domestic_code(entry: dict[str, str | None]) -> str | None:
        value = entry.get("county") or entry.get("city") or entry.get("province")
        if not value:
            return None
        entries = [e for e in gazetteer.lookup(value) if e.kind == "full"]
        return entries[0].target if entries else code_of(value)

    def predict(_name: str, text: str) -> list[dict[str, Any]]:
        out = []
        for clause in _CLAUSE.findall(text):
            if clause.strip():
                codes = _jionlp_codes(jionlp.recognize_location(clause), code_of, domestic_code)
                if codes:
                    out.append({"name": clause.strip(), "group": "", "industry": "", "members": codes})
        return out

    return predict


def run(predict: Predictor, docs: list[tuple[Path, list[dict[str, Any]]]], repeat: int) -> tuple[Score, float]:
    total = Score(0, 0, 0, 0)
    chars = 0
    started = time.perf_counter()
    for _ in range(repeat):
        for path, expected in docs:
            text = read_document(path).search_text
            predicted = predict(str(path), text)
            if _ == 0:
                total = total + score(predicted, expected)
            chars += len(text)
    return total, chars / (time.perf_counter() - started)


def per_document(predict: Predictor, tables: list[Path]) -> int:
    """Prints P and R (pairs) of every document and of all of them, pending items included."""
    total = Score(0, 0, 0, 0)
    for table in tables:
        text = table.with_name(table.name.replace(".expected.yaml", ".txt"))
        got = score(predict(str(text), ""), yaml.safe_load(table.read_text(encoding="utf-8"))["designations"])
        total = Score(total.correct + got.correct, total.predicted + got.predicted, total.found + got.found,
                      total.expected + got.expected)
        print(f"{text.stem:48} P {got.correct}/{got.predicted}  R {got.found}/{got.expected}")
    print(f"{'TOTAL':48} P {total.precision:.3f} ({total.correct}/{total.predicted})  "
          f"R {total.recall:.3f} ({total.found}/{total.expected})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the documents for the timing")
    parser.add_argument("--dir", type=Path, action="append", default=[],
                        help="score only the NAME.txt + NAME.expected.yaml of this folder, document by document "
                             "(how a new blind batch is scored before it joins tests/docs); may be repeated")
    args = parser.parse_args(argv)
    index = PlaceIndex()
    if args.dir:
        return per_document(ours(index), [p for d in args.dir for p in sorted(d.glob("*.expected.yaml"))])
    systems = {"geo extract": ours(index), "jionlp clause by clause": jionlp_clauses()}
    header = f"{'documents':32} {'system':26} {'P':>6} {'R':>6} {'F1':>6} {'pairs ok/pred':>14} {'chars/s':>10}"
    print(header)
    print("-" * len(header))
    for set_name, docs in corpus().items():
        for system, predict in systems.items():
            repeat = args.repeat if system == "geo extract" else 1
            got, speed = run(predict, docs, repeat)
            print(
                f"{set_name:32} {system:26} {got.precision:6.3f} {got.recall:6.3f} {got.f1:6.3f} "
                f"{got.correct:>6}/{got.predicted:<7} {speed:10,.0f}"
            )
        if set_name.startswith("held out"):
            got, _ = run(systems["geo extract"], without_pending(docs), 1)
            print(f"{'':32} {'geo extract, w/o pending':26} {got.precision:6.3f} {got.recall:6.3f} {got.f1:6.3f} "
                  f"{got.correct:>6}/{got.predicted:<7}")
        if set_name in BLIND_SCORES:
            p, r = BLIND_SCORES[set_name]
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{'':32} {'geo extract, when blind':26} {p:6.3f} {r:6.3f} {f1:6.3f}")
            if set_name.startswith("held out"):
                continue  # (its w/o-pending line is printed above)
            got, _ = run(systems["geo extract"], without_pending(docs), 1)
            print(f"{'':32} {'geo extract, w/o pending':26} {got.precision:6.3f} {got.recall:6.3f} {got.f1:6.3f} "
                  f"{got.correct:>6}/{got.predicted:<7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
