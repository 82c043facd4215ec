using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Champions.Finder;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Champions;

/// <summary>Issue 7, Build 1: one reporting route per department in content/departments, checked against departments.yml.</summary>
public sealed class DepartmentRouteLoaderTests : IDisposable
{
    private static readonly Func<string, bool> AppRoutes = path => path is "/report" or "/who-to-call";
    private readonly ContentCopy copy = new();

    public void Dispose() => copy.Dispose();

    private IReadOnlyList<ContentProblem> Check() => ContentCheck.Run(ContentLoader.Load(copy.Path), AppRoutes);

    [Fact]
    public void Every_department_has_a_draft_route_with_a_poster_sentence_and_no_phone_number_of_its_own()
    {
        var routes = ContentLoader.Load(copy.Path).DepartmentRoutes;

        Assert.Equal(12, routes.Count);
        Assert.All(routes.Values, r => Assert.Equal(ReviewStatus.Draft, r.Status));
        Assert.All(routes.Values, r => Assert.InRange(r.Poster.Length, 1, DepartmentRouteLoader.PosterMaxLength));
        // Numbers come from contacts.yml through the page, so the text cannot go stale; 999 is the only one written out.
        Assert.All(routes.Values, r => Assert.DoesNotMatch(@"\d{4}", r.Body.Html.Value));
        Assert.Empty(Check());
    }

    [Fact]
    public void Departments_in_other_councils_areas_name_that_council()
    {
        var routes = ContentLoader.Load(copy.Path).DepartmentRoutes;

        var openSpaces = routes["open-spaces"].Body.Html.Value;
        foreach (var council in (string[])["Buckinghamshire Council", "Essex County Council", "Surrey County Council"])
        {
            Assert.Contains(council, openSpaces, StringComparison.Ordinal);
        }

        Assert.Contains("Surrey County Council", routes["city-of-london-freemens-school"].Body.Html.Value, StringComparison.Ordinal);
        Assert.Contains("/report", routes["city-of-london-freemens-school"].Body.Links);
    }

    [Fact]
    public void A_department_without_a_route_fails_the_check()
    {
        File.Delete(copy.File("departments", "barbican-centre.md"));

        Assert.Contains(Check(), p => p.File == "departments/barbican-centre.md" && p.Message.StartsWith("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_route_for_an_unknown_department_is_refused()
    {
        File.Copy(copy.File("departments", "town-clerks.md"), copy.File("departments", "town-clerk.md"));

        Assert.Contains(Check(), p => p.File == "departments/town-clerk.md" && p.Message.StartsWith("unknown department", StringComparison.Ordinal));
        Assert.False(ContentLoader.Load(copy.Path).DepartmentRoutes.ContainsKey("town-clerk"));
    }

    [Fact]
    public void A_route_without_its_poster_sentence_or_with_a_broken_link_is_reported()
    {
        copy.Edit(Path.Combine("departments", "town-clerks.md"), text => string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("poster:", StringComparison.Ordinal))));
        copy.Edit(Path.Combine("departments", "barbican-centre.md"), text => text + "\n[Old page](/old-reporting-page)\n");

        var problems = Check();

        Assert.Contains(problems, p => p.File == "departments/town-clerks.md" && p.Message.StartsWith("title and poster", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "departments/barbican-centre.md" && p.Message.StartsWith("broken link", StringComparison.Ordinal));
    }
}
