using SafeguardingPortal.Features.Champions.Finder;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Tests.Champions;

/// <summary>Issue 7, Build 1: the directory's search order and its split of champions into active and not.</summary>
public sealed class DirectoryDepartmentTests
{
    private static readonly Department[] Departments =
    [
        new() { Slug = "open-spaces", Name = "Open Spaces" },
        new() { Slug = "city-of-london-school", Name = "City of London School" },
        new() { Slug = "barbican-centre", Name = "Barbican Centre" },
        new() { Slug = "guildhall-school", Name = "Guildhall School of Music and Drama" },
    ];

    private static readonly DateOnly Today = new(2026, 11, 18);

    [Fact]
    public void Own_department_first_then_by_name()
    {
        Assert.Equal(["open-spaces", "barbican-centre", "city-of-london-school", "guildhall-school"],
            DirectoryDepartment.Search(Departments, null, "open-spaces").Select(d => d.Slug));
        Assert.Equal(["barbican-centre", "city-of-london-school", "guildhall-school", "open-spaces"],
            DirectoryDepartment.Search(Departments, "  ", null).Select(d => d.Slug));
    }

    [Fact]
    public void Search_matches_part_of_the_name_ignoring_case()
    {
        Assert.Equal(["guildhall-school", "city-of-london-school"], DirectoryDepartment.Search(Departments, " SCHOOL ", "guildhall-school").Select(d => d.Slug));
        Assert.Empty(DirectoryDepartment.Search(Departments, "library", null));
    }

    [Fact]
    public void Champions_without_a_session_in_six_months_are_listed_apart()
    {
        DirectoryChampion[] champions =
        [
            new(Guid.NewGuid(), "open-spaces", "Recent", new(2026, 1, 1), Today.AddMonths(-6).AddDays(1)),
            new(Guid.NewGuid(), "open-spaces", "Lapsed", new(2025, 1, 1), Today.AddMonths(-6)),
            new(Guid.NewGuid(), "open-spaces", "New", Today, null),
            new(Guid.NewGuid(), "barbican-centre", "Elsewhere", null, Today),
        ];

        var entry = DirectoryDepartment.Of(Departments[0], champions, null, Today);

        Assert.Equal(["Recent"], entry.Active.Select(c => c.Name));
        Assert.Equal(["Lapsed", "New"], entry.NotActive.Select(c => c.Name));
    }
}
