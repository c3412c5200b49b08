"""Build the wheel and the PyInstaller one-folder bundle, then print the bundle's size.

    python packaging/build.py                 # wheel → dist/, bundle → packaging/dist/
    python packaging/build.py --bundle-only   # skip the wheel
    python packaging/build.py --installer     # also the platform's installer (see below)
    python packaging/build.py --dist DIR --work DIR

--installer makes, next to the bundle: on Linux resolution-compare-<v>-linux-<arch>.tar.gz
(bundle + .desktop + metainfo + icons + install.sh); on Windows resolution-compare-<v>-setup.exe
with Inno Setup 6 (iscc on PATH or in its default folder); on macOS an unsigned
resolution-compare-<v>-macos.dmg of "Resolution Compare.app" (hdiutil).

Run it on the OS you build for (PyInstaller does not cross-compile), from a checkout where the
package's dependencies are installed (`pip install -e '.[packaging]'`); the version comes from
resolution_compare/_version.py.
See packaging/README.md for what was verified where.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "resolution-compare.spec"
NAME = "resolution-compare"
APP_ID = "org.resolutioncompare.app"
PACKAGING = ROOT / "packaging"


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


def project_version() -> str:
    """The version constant the package itself reports (resolution_compare/_version.py)."""
    namespace: dict[str, str] = {}
    exec((ROOT / "resolution_compare" / "_version.py").read_text("utf-8"), namespace)
    return namespace["__version__"]


def linux_package(bundle: Path, distdir: Path, version: str) -> Path:
    """tar.gz of the bundle with the desktop integration files and install.sh."""
    arch = platform.machine() or "unknown"
    stem = f"{NAME}-{version}-linux-{arch}"
    staging = distdir / stem
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(bundle, staging / "app", symlinks=True)
    share = staging / "share"
    (share / "icons").mkdir(parents=True)
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        shutil.copy2(PACKAGING / "linux" / name, share / name)
    for png in (PACKAGING / "icons").glob(f"{NAME}-*.png"):
        shutil.copy2(png, share / "icons" / png.name)
    shutil.copy2(ROOT / "resources" / "icons" / f"{NAME}.svg", share / "icons" / f"{NAME}.svg")
    shutil.copy2(PACKAGING / "linux" / "install.sh", staging / "install.sh")
    archive = Path(shutil.make_archive(str(distdir / stem), "gztar", distdir, stem))
    shutil.rmtree(staging)
    return archive


def windows_installer(bundle: Path, distdir: Path, version: str) -> Path:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    script = PACKAGING / "windows" / f"{NAME}.iss"
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DBundle={bundle}", f"/DOutputDir={distdir}", script],
        check=True,
    )
    return distdir / f"{NAME}-{version}-setup.exe"


def macos_dmg(distdir: Path, version: str) -> Path:
    app = distdir / "Resolution Compare.app"
    dmg = distdir / f"{NAME}-{version}-macos.dmg"
    subprocess.run(
        ["hdiutil", "create", "-volname", "Resolution Compare", "-srcfolder", str(app),
         "-ov", "-format", "UDZO", str(dmg)],
        check=True,
    )  # fmt: skip
    return dmg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "packaging" / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "packaging" / "build")
    parser.add_argument("--wheel-dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--bundle-only", action="store_true", help="do not build the wheel")
    parser.add_argument("--installer", action="store_true", help="also build the installer")
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

    if args.installer:
        version = project_version()
        if sys.platform == "win32":
            package = windows_installer(bundle, args.dist, version)
        elif sys.platform == "darwin":
            package = macos_dmg(args.dist, version)
        else:
            package = linux_package(bundle, args.dist, version)
        print(f"installer: {package} ({package.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
