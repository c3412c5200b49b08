"""Build the wheel and the PyInstaller one-folder bundle, then print the bundle's size.

    python packaging/build.py                 # wheel → dist/, bundle → packaging/dist/
    python packaging/build.py --bundle-only   # skip the wheel
    python packaging/build.py --archive       # also pack the bundle (.zip on Windows, else .tar.gz)
    python packaging/build.py --dist DIR --work DIR

Run it on the OS you build for (PyInstaller does not cross-compile), from a checkout where the
package is installed (`pip install -e '.[packaging]'`), so the bundle gets the version metadata.
The installers (Inno Setup on Windows, a .dmg on macOS) are made from the bundle; see
packaging/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "resolution-compare.spec"
NAME = "resolution-compare"


def folder_size(path: Path) -> int:
    """Bytes of the regular files under path (symlinks are not counted twice)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_wheel(outdir: Path) -> Path:
    cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir)]
    # With hatchling installed, build here instead of in an isolated env that pip must fill.
    if importlib.util.find_spec("hatchling") is not None:
        cmd.append("--no-isolation")
    subprocess.run(cmd, cwd=ROOT, check=True)
    wheels = sorted(outdir.glob("resolution_compare-*.whl"), key=lambda p: p.stat().st_mtime)
    return wheels[-1]


def build_bundle(distdir: Path, workdir: Path) -> Path:
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(distdir), "--workpath", str(workdir), str(SPEC),
    ]  # fmt: skip
    subprocess.run(cmd, cwd=ROOT, check=True)
    return distdir / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "packaging" / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "packaging" / "build")
    parser.add_argument("--wheel-dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--bundle-only", action="store_true", help="do not build the wheel")
    parser.add_argument("--archive", action="store_true", help="pack the bundle folder")
    args = parser.parse_args(argv)

    if not args.bundle_only:
        wheel = build_wheel(args.wheel_dir)
        print(f"wheel: {wheel} ({wheel.stat().st_size / 1e6:.1f} MB)")

    started = time.monotonic()
    bundle = build_bundle(args.dist, args.work)
    seconds = time.monotonic() - started
    size_mb = folder_size(bundle) / 1e6
    print(f"bundle: {bundle} ({size_mb:.0f} MB unpacked, built in {seconds:.0f} s)")
    if sys.platform == "darwin" and (args.dist / "Resolution Compare.app").exists():
        print(f"app: {args.dist / 'Resolution Compare.app'}")

    if args.archive:
        fmt = "zip" if os.name == "nt" else "gztar"
        archive = shutil.make_archive(str(args.dist / NAME), fmt, args.dist, NAME)
        print(f"archive: {archive} ({Path(archive).stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
