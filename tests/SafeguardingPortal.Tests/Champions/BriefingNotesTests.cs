using SafeguardingPortal.Features.Champions.Briefings;

namespace SafeguardingPortal.Tests.Champions;

/// <summary>Notes that look like a personal identifier are refused with a reason; what a briefing covered is kept.</summary>
public sealed class BriefingNotesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Covered the signs of financial abuse; lots of questions about the LADO. Room 2, level 3.")]
    [InlineData("Used version 4 of the pack at the EC2 depot; 20 minutes, then 10 for questions")]
    [InlineData("Reminded everyone to call 999 if someone is in danger now")]
    public void What_a_briefing_covered_is_accepted(string? notes) => Assert.Equal(NotesProblem.None, BriefingNotes.Check(notes));

    [Theory]
    [InlineData("Talked to the family at EC2V 7HH", NotesProblem.Postcode)]
    [InlineData("lives at e16an apparently", NotesProblem.Postcode)]
    [InlineData("Case 4857712 came up", NotesProblem.LongNumber)]
    [InlineData("NHS number 943 476 5919", NotesProblem.LongNumber)]
    [InlineData("call her on 07700-900-123", NotesProblem.LongNumber)]
    [InlineData("Reminded everyone of 020 7332 1224", NotesProblem.LongNumber)]
    [InlineData("contact jo.bloggs@example.org", NotesProblem.EmailAddress)]
    public void Text_that_identifies_a_person_is_refused(string notes, NotesProblem expected)
    {
        Assert.Equal(expected, BriefingNotes.Check(notes));
        Assert.Contains("not details about a person or a case", BriefingNotes.Explain(expected), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_are_at_most_500_characters()
    {
        Assert.Equal(NotesProblem.None, BriefingNotes.Check(new string('a', 500)));
        Assert.Equal(NotesProblem.TooLong, BriefingNotes.Check(new string('a', 501)));
        Assert.Equal("Notes must be 500 characters or fewer", BriefingNotes.Explain(NotesProblem.TooLong));
    }
}
