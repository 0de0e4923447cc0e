"""Fixtures for the engines: a real ``distributed.LocalCluster`` of 2 worker processes and a
real Spark ``local[2]`` session, each started once per test run; a test skips when its engine
(or Spark's Java runtime) is not installed."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

NAMES = (
    "Lukashenko Lukashenka LUKASHENKA|Alexander Lukashenko|Aliaksandr Lukashenka|Grabsky|Grabskyi|"
    "Serhii Grabskyi|Sergei Grabsky|Zelensky|Zelenskyy|Volodymyr Zelensky|Tsikhanouskaya|"
    "Tikhanovskaya|Kovalchuk|Kowalczuk|Martin|Martyn|Vladimir Putin|Vladimir Poutine|Putin|Kyiv|"
    "Kiev|Minsk|Moscow|Moskva|Горбачёв|Горбачев|Лукашенко|Шевченко|Shevchenko|Schewtschenko"
).split("|")
ENGLISH = "The minister said on Monday that {} and {} met the press in the capital."
GERMAN = "Der Minister sagte am Montag, dass {} und {} sich mit der Presse getroffen haben."


def corpus(n: int = 120, seed: int = 5) -> list[str]:
    """Texts with every kind of name, in English, German and too short to tell; repeated texts
    and missing values included (as tables have them)."""
    rnd = random.Random(seed)
    out: list[Any] = []
    for _ in range(n):
        a, b = rnd.choice(NAMES), rnd.choice(NAMES)
        kind = rnd.random()
        out.append(ENGLISH.format(a, b) if kind < 0.6 else GERMAN.format(a, b) if kind < 0.85
                   else f"{a}. {b}.")  # fmt: skip
    out[7] = out[3]
    out[11] = None
    return out


@pytest.fixture(scope="session")
def texts() -> list[str]:
    return corpus()


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def java_works() -> bool:
    java = shutil.which("java")
    if java is None and os.environ.get("JAVA_HOME"):
        java = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
    if java is None or not os.path.exists(java):
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyarrow")
    sql = pytest.importorskip("pyspark.sql")
    if not java_works():
        pytest.skip("Spark needs a Java runtime (none found)")
    session = (
        sql.SparkSession.builder.master("local[2]")
        .appName("translit-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
