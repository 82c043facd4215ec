using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Features.Training.Records;

namespace SafeguardingPortal.Tests.Training.Records;

public sealed class TrainingComplianceTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);

    private static readonly RequiredCourse Level1 = new("essentials", "Safeguarding essentials", CourseLevel.Level1, CourseAudience.All);
    private static readonly RequiredCourse Level2 = new("level-2", "Level 2", CourseLevel.Level2, CourseAudience.ContactRole);
    private static readonly RequiredCourse Champion = new("champion", "Running a briefing", CourseLevel.Champion, CourseAudience.Champions);
    private static readonly RequiredCourse[] Courses = [Level1, Level2, Champion];

    [Theory]
    [InlineData("2027-08-01", ComplianceStatus.InDate)]
    [InlineData("2027-07-31", ComplianceStatus.DueSoon)]
    [InlineData("2027-06-02", ComplianceStatus.DueSoon)]
    [InlineData("2027-06-01", ComplianceStatus.Expired)]
    [InlineData("2026-01-01", ComplianceStatus.Expired)]
    public void Standing_IsDueSoonWithinSixtyDays_AndExpiredFromTheDueDay(string expires, ComplianceStatus expected)
    {
        var held = Held(Level1, new DateOnly(2024, 6, 1), DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, TrainingCompliance.Standing(Level1, [held], Today).Status);
    }

    [Fact]
    public void Standing_WithoutACertificate_IsNever() =>
        Assert.Equal(ComplianceStatus.Never, TrainingCompliance.Standing(Level1, [Held(Level2, Today, Today.AddYears(3))], Today).Status);

    [Fact]
    public void Standing_TakesTheNewestCertificate_EvenWhenAnOlderOneRunsLonger()
    {
        HeldCertificate[] held =
        [
            Held(Level1, new DateOnly(2025, 1, 1), new DateOnly(2030, 1, 1)),
            Held(Level1, new DateOnly(2025, 3, 1), new DateOnly(2027, 7, 1)),
        ];

        var standing = TrainingCompliance.Standing(Level1, held, Today);

        Assert.Equal(ComplianceStatus.DueSoon, standing.Status);
        Assert.Equal(new DateOnly(2027, 7, 1), standing.ExpiresOn);
    }

    [Fact]
    public void Standing_IgnoresARevokedCertificate_SoTheEarlierOneStands()
    {
        HeldCertificate[] held =
        [
            Held(Level1, new DateOnly(2024, 1, 1), new DateOnly(2027, 1, 1)),
            Held(Level1, new DateOnly(2026, 1, 1), new DateOnly(2029, 1, 1)) with { Revoked = true },
        ];

        Assert.Equal(ComplianceStatus.Expired, TrainingCompliance.Standing(Level1, held, Today).Status);
        Assert.Equal(ComplianceStatus.Never, TrainingCompliance.Standing(Level1, [held[1]], Today).Status);
    }

    [Fact]
    public void ForPerson_RequiresLevel1OfEveryone_Level2OfContactRoles_AndTheChampionCourseOfChampions()
    {
        Assert.Equal([Level1], Required(Person("staff")));
        Assert.Equal([Level1, Level2], Required(Person("contact", contactRole: true)));
        Assert.Equal([Level1, Champion], Required(Person("champion", champion: true)));

        static RequiredCourse[] Required(Learner person) =>
            [.. TrainingCompliance.ForPerson(person, Courses, [], Today).Courses.Select(c => c.Course)];
    }

    [Fact]
    public void ForPerson_OnlyCountsThePersonsOwnCertificates()
    {
        var mine = Person("mine");
        var theirs = Person("theirs");

        var standing = TrainingCompliance.ForPerson(mine, Courses, [Held(Level1, Today, Today.AddYears(3), theirs)], Today);

        Assert.Equal(ComplianceStatus.Never, standing.Worst);
    }

    [Fact]
    public void ForPeople_ListsExpiredAndNeverFirst_ThenDueSoon_ThenInDate()
    {
        var inDate = Person("Ann");
        var dueSoon = Person("Bea");
        var never = Person("Cat");
        var expired = Person("Dee");
        HeldCertificate[] held =
        [
            Held(Level1, Today.AddYears(-1), Today.AddYears(2), inDate),
            Held(Level1, Today.AddYears(-3), Today.AddDays(10), dueSoon),
            Held(Level1, Today.AddYears(-4), Today.AddYears(-1), expired),
        ];

        var order = TrainingCompliance.ForPeople([inDate, dueSoon, never, expired], Courses, held, Today).Select(s => s.Person.Name);

        Assert.Equal(["Dee", "Cat", "Bea", "Ann"], order);
    }

    [Fact]
    public void ForPopulations_CountsPeopleWithAccounts_AgainstTheHeadCountWhenKnown_IncludingMembers()
    {
        var inDate = Person("a", "open-spaces");
        var level1Only = Person("b", "open-spaces", contactRole: true);
        var lapsed = Person("c", "open-spaces");
        var member = Person("d", "members");
        var partner = Person("e", null);
        HeldCertificate[] held =
        [
            Held(Level1, Today.AddYears(-1), Today.AddYears(2), inDate),
            Held(Level1, Today.AddYears(-1), Today.AddDays(30), level1Only),
            Held(Level1, Today.AddYears(-3), Today.AddDays(-1), lapsed),
            Held(Level1, Today.AddYears(-1), Today.AddYears(2), member),
            Held(Level1, Today.AddYears(-1), Today.AddYears(2), partner),
        ];
        var standings = TrainingCompliance.ForPeople([inDate, level1Only, lapsed, member, partner], Courses, held, Today);

        var figures = TrainingCompliance.ForPopulations(["open-spaces", "barbican-centre", "members"], standings, new Dictionary<string, int> { ["open-spaces"] = 40 });

        Assert.Equal(
            [
                new PopulationStanding("open-spaces", People: 3, HeadCount: 40, Level1InDate: 2, RequiredInDate: 1, DueSoon: 0, Overdue: 2),
                new PopulationStanding("barbican-centre", 0, null, 0, 0, 0, 0),
                new PopulationStanding("members", 1, null, 1, 1, 0, 0),
            ],
            figures);
    }

    [Fact]
    public void ForPopulations_CountsDueSoonOnlyWhereNothingIsOverdue()
    {
        var soon = Person("a", "open-spaces");
        var standings = TrainingCompliance.ForPeople([soon], Courses, [Held(Level1, Today.AddYears(-3), Today.AddDays(60), soon)], Today);

        var figures = TrainingCompliance.ForPopulations(["open-spaces"], standings, new Dictionary<string, int>()).Single();

        Assert.Equal((1, 1, 1, 0), (figures.Level1InDate, figures.RequiredInDate, figures.DueSoon, figures.Overdue));
    }

    private static Learner Person(string name, string? population = "open-spaces", bool contactRole = false, bool champion = false) =>
        new(Guid.NewGuid(), name, population, contactRole, champion);

    private static HeldCertificate Held(RequiredCourse course, DateOnly completed, DateOnly expires, Learner? holder = null) =>
        new(holder?.Id ?? Guid.Empty, course.Slug, completed, expires, Revoked: false);
}
