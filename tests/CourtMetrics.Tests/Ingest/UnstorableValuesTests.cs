using System.Text.Json;
using CourtMetrics.Ingest.Api;

namespace CourtMetrics.Tests.Ingest;

/// <summary>
/// Values of a batch that JSON allows but PostgreSQL cannot store, found before the batch reaches the database: each
/// named by its item, kind and field.
/// </summary>
[Trait("Category", "Unit")]
public sealed class UnstorableValuesTests
{
    private static List<BatchProblem> Find(string items)
    {
        using var json = JsonDocument.Parse(items);
        return UnstorableValues.Find(json.RootElement);
    }

    [Fact]
    public void An_ordinary_batch_has_none()
    {
        Assert.Empty(Find("""[{"kind": "case_filed", "case_id": "Қ-1/2028", "amount": 1.5e3, "tags": ["a", "ü"]}]"""));
    }

    [Fact]
    public void A_nul_character_in_a_value_is_named_by_item_kind_and_field()
    {
        var problem = Assert.Single(Find("""[{"kind": "case_filed"}, {"kind": "case_filed", "case_id": "A\u0000B"}]"""));

        Assert.Equal((1, "case_filed", "case_id"), (problem.Item, problem.Kind, problem.Field));
        Assert.Contains("NUL character", problem.Reason);
    }

    [Fact]
    public void Half_of_a_surrogate_pair_in_a_fields_name_or_deep_in_a_value_is_found()
    {
        var problems = Find("""[{"kind": "hearing_held", "\ud800": 1, "parties": [{"name": "\udc00"}]}]""");

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Field == "(a name that is not valid text)" && p.Reason.EndsWith("in the field's name"));
        Assert.Contains(problems, p => p.Field == "parties" && p.Kind == "hearing_held");
    }

    [Fact]
    public void An_item_without_a_kind_or_not_an_object_is_walked_all_the_same()
    {
        var problems = Find("""[{"case_id": "A\u0000"}, "B\u0000", 7]""");

        Assert.Equal([(0, null, "case_id"), (1, null, "(item)")], problems.Select(p => (p.Item, p.Kind, p.Field)));
    }

    [Theory]
    [InlineData("1e1001")]
    [InlineData("-2.5E-1001")]
    public void A_number_with_an_exponent_beyond_a_thousand_is_out_of_range(string number)
    {
        var problem = Assert.Single(Find($$"""[{"kind": "budget_line", "spent": {{number}}}]"""));

        Assert.Equal(("spent", number), (problem.Field, problem.Value));
        Assert.Contains("number out of range", problem.Reason);
    }

    [Fact]
    public void A_number_of_more_than_a_thousand_characters_is_out_of_range_and_shown_cut()
    {
        var problem = Assert.Single(Find($$"""[{"kind": "budget_line", "spent": {{new string('9', 1001)}}}]"""));

        Assert.Equal(40, problem.Value!.Length);
    }
}
