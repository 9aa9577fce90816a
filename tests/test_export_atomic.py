"""Atomic writes: a failed write leaves the previous file intact and no temporary files behind."""

from __future__ import annotations

import json
from pathlib import Path

import pyogrio
import pytest
import rfc7946
from tablefixtures import BAD_DIR, real_services

from geo import atomic
from geo.exporters import export
from geo.table import load_table


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "layer.yaml"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic.atomic_path(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["layer.yaml"]


def test_writer_that_writes_nothing_is_an_error(tmp_path: Path) -> None:
    target = tmp_path / "x.gpkg"
    with pytest.raises(OSError, match="nothing was written"), atomic.atomic_path(target):
        pass
    assert list(tmp_path.iterdir()) == []


def test_backup_and_bom(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    atomic.write_text(target, "一\n", bom=True)
    assert target.read_bytes() == "\ufeff一\n".encode()
    atomic.write_text(target, "二\n", backup=True)
    assert atomic.backup_path(target).read_bytes() == "\ufeff一\n".encode()
    assert target.read_text(encoding="utf-8") == "二\n"


def test_temporary_name_keeps_the_extension(tmp_path: Path) -> None:
    with atomic.atomic_path(tmp_path / "out.gpkg") as tmp:
        assert tmp.suffix == ".gpkg" and tmp.parent == tmp_path and not tmp.exists()
        tmp.write_bytes(b"x")


def test_failed_multi_file_export_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "keep.shp").write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic.atomic_files(tmp_path) as tmp:
        (tmp / "keep.shp").write_bytes(b"new")
        raise RuntimeError("GDAL failed")
    assert [p.name for p in tmp_path.iterdir()] == ["keep.shp"]
    assert (tmp_path / "keep.shp").read_bytes() == b"old"


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".shp", ".csv", ".kml"])
def test_empty_table_exports(tmp_path: Path, suffix: str) -> None:
    """A table with nothing loadable (every record broken) still exports a valid, empty file."""
    table = load_table([BAD_DIR / "top_list.yaml"], services=real_services())
    assert len(table.gdf) == 0 and table.errors
    out = tmp_path / f"empty{suffix}"
    summary = export(table, out)
    assert "0 designations" in str(summary)
    if suffix == ".geojson":
        doc = json.loads(out.read_text(encoding="utf-8"))
        assert doc["features"] == [] and rfc7946.validate(doc) == []
    elif suffix in (".gpkg", ".csv", ".kml"):
        assert out.exists()
        if suffix == ".csv":
            assert len(pyogrio.read_dataframe(out)) == 0
