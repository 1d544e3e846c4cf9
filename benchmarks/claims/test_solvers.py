"""The benchmark solvers of ``solvers/``: the table reader, the question answerer and the
statement checker. Not part of the product's test run: ``pytest benchmarks/claims``. Table
snippets are written for these tests in the shape of annual-report and results tables; none
is copied from a benchmark."""

from __future__ import annotations

import pytest
from solvers.grid import find_rows, read_grid, year_columns
from solvers.question import answer_question, parse_question
from solvers.statement import check_statement

REPORT = [
    ["", "Year ended June 30,", ""],
    ["(in thousands)", "2021", "2020"],
    ["Product revenue", "$ 12,400", "$ 10,000"],
    ["Service revenue", "3,100", "—"],
    ["Other income (expense)", "(250)", "125"],
    ["Total revenue", "$ 15,250", "$ 10,125"],
    ["Gross margin", "41.5%", "38.0%"],
]


def test_grid_reads_headers_and_years():
    g = read_grid(REPORT)
    assert g.header_rows == 2
    assert year_columns(g) == {2021: 1, 2020: 2}
    assert find_rows(g, "the product revenue") == [2]
    assert find_rows(g, "revenue") == [5]  # "revenue" alone means the total
    assert find_rows(g, "other income") == [4]
    assert find_rows(g, "income") == []  # one word inside a longer label is too weak


def test_grid_returns_every_candidate_of_an_ambiguous_label():
    g = read_grid([["", "2021", "2020"], ["Current", "", ""], ["Other", "5", "6"],
                   ["Non-current", "", ""], ["Other", "7", "8"]])
    assert find_rows(g, "other") == [2, 4]
    assert g.sections[4] == "Non-current"


@pytest.mark.parametrize("question,value,scale", [
    ("What was the percentage change in Product revenue from 2020 to 2021?", 24.0, "percent"),
    ("What was the change in Product revenue in 2021 from 2020?", 2400.0, "thousand"),
    ("What was the average Total revenue between 2020 and 2021?", 12687.5, "thousand"),
    ("What was the change in Gross margin between 2020 and 2021?", 3.5, "percent"),
    ("What is the ratio of Product revenue to Total revenue in 2020?", 0.99, ""),
    ("What is the total Product revenue in 2020 and 2021?", 22400.0, "thousand"),
])
def test_question_answers_from_report_table(question, value, scale):
    a = answer_question(question, read_grid(REPORT))
    assert (round(a.value, 2), a.scale) == (value, scale)


@pytest.mark.parametrize("question", [
    "What was the change in cost of sales from 2020 to 2021?",    # no such row
    "What was the change in Service revenue from 2020 to 2021?",  # a dash is not zero
    "What was the change in Product revenue from 2019 to 2021?",  # no 2019 column
    "How did product revenue develop?",                           # no operation
])
def test_question_abstains_when_unsure(question):
    assert answer_question(question, read_grid(REPORT)) is None


def test_question_between_years_is_later_minus_earlier():
    assert parse_question("What was the change in X between 2021 and 2020?").years == (2020, 2021)


# statement checking (solvers/statement.py) on a results table written for this test
RESULTS = [["Model", "BLEU", "METEOR", "Error rate"],
           ["Baseline", "[BOLD] 20.9", "52.0", "12.4%"],
           ["Baseline + copy", "22.2", "52.3", "10.1%"],
           ["Ours", "24.7", "54.8", "9.6%"],
           ["Oracle (upper bound)", "31.0", "60.1", "-"]]


@pytest.mark.parametrize("statement,label", [
    ("Ours reaches a BLEU of 24.7.", True),
    ("Ours reaches a BLEU of 25.7.", False),
    ("Baseline + copy has a METEOR score higher than Baseline.", True),
    ("Baseline has a METEOR score higher than Baseline + copy.", False),
    ("Ours has the lowest error rate.", True),
    ("Baseline has the highest error rate.", True),
    ("Ours outperforms Baseline + copy.", True),  # on every column, error rate read as lower
])
def test_statement_decides_when_cells_settle_it(statement, label):
    assert check_statement(statement, read_grid(RESULTS, header_rows=1)).label is label


@pytest.mark.parametrize("statement", [
    "Ours does not reach a BLEU of 24.7.",              # negation
    "Ours has the second highest BLEU.",                # ordinal
    "Ours improves BLEU by 2.5 over Baseline + copy.",  # a stated difference: not read
    "Our model is the best overall.",                   # no row or column named
    "Ours is better than Baseline and Baseline + copy on METEOR.",  # two comparisons
])
def test_statement_abstains_when_unsure(statement):
    assert check_statement(statement, read_grid(RESULTS, header_rows=1)).label is None


def test_question_column_group_word_picks_the_column():
    g = read_grid([["", "Domestic", "", "Foreign", ""], ["", "2021", "2020", "2021", "2020"],
                   ["Discount rate", "4.00%", "3.75%", "1.90%", "2.10%"]])
    a = answer_question("What is the change in foreign discount rate from 2020 to 2021?", g)
    assert (round(a.value, 2), a.scale) == (-0.2, "percent")
