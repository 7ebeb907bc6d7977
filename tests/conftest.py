import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def pytest_terminal_summary(terminalreporter) -> None:
    """Say when the rule engine needed a second session (see checker/engine.py)."""
    from checker import engine

    if engine.incomplete_sessions:
        terminalreporter.write_line(f"rule engine: {engine.incomplete_sessions} incomplete session(s) retried")
        for missing, unconcluded, n_clauses, n_evidence in engine.incomplete_details[:5]:
            terminalreporter.write_line(
                f"  {n_clauses} clauses, {n_evidence} evidence facts; no status for {len(missing)} clause(s) "
                f"({', '.join(missing[:5])}), no level for {len(unconcluded)} element(s)"
            )
