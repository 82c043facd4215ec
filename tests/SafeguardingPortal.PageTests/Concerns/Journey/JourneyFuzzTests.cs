using System.Net;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Concerns.Journey;

/// <summary>
/// Bounded fuzzing of the journey's forms: on every page of a long path, hostile bodies (script, markup, control and
/// broken Unicode, oversized and wrong values, unknown fields, missing antiforgery tokens). No 500s, nothing echoed unescaped.
/// </summary>
public sealed class JourneyFuzzTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int PerPage = 100;

    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "'; DROP TABLE \"ReportDrafts\"; --",
        "\u0000", "\ud800", "\u202e", new string('x', 20_000), "-1", "1e309", "31", "2", "0099", "E09000001", "dontKnow", "yes", "notSure", "ক্ষ", "",
    ];

    /// <summary>A member of staff reporting FGM and an allegation, so the path has most of the journey's pages.</summary>
    private static readonly (string Page, (string, string)[] Answer)[] Path =
    [
        ("/report/immediate-danger", [("answer", "notSure")]),
        ("/report/immediate-danger", [("answer", "no")]),
        ("/report/can-it-wait", [("answer", "no")]),
        ("/report/call-now", []),
        ("/report/about-whom", [("answer", "someoneElse")]),
        ("/report/you", [("answer", "corporationStaff")]),
        ("/report/department", [("answer", "barbican-centre")]),
        ("/report/age/1", [("ageKind", "dateOfBirth")]),
        ("/report/date-of-birth/1", [("dateOfBirth-day", "3"), ("dateOfBirth-month", "4"), ("dateOfBirth-year", "2012")]),
        ("/report/home/1", [("homeStatus", "postcode")]),
        ("/report/postcode/1", [("postcode", "EC1M 6BQ")]),
        ("/report/council/1", [("council", "E09000019")]),
        ("/report/where-now/1", [("answer", "corporationSite")]),
        ("/report/site/1", [("answer", "hampstead-heath")]),
        ("/report/worries/1", [("categories", "fgm"), ("categories", "emotional")]),
        ("/report/fgm/1", [("answer", "yes")]),
        ("/report/another-person/1", [("answer", "no")]),
        ("/report/harm-works-with-children", [("answer", "yes")]),
        ("/report/harm-works-with-adults", [("answer", "no")]),
        ("/report/harm-under-18", [("answer", "no")]),
        ("/report/workplace", [("employerName", "A school"), ("employerPostcode", "N7 8JL")]),
        ("/report/harm-your-department", [("answer", "no")]),
        ("/report/profession", [("answer", "teacher")]),
        ("/report/other-children", [("answer", "yes")]),
        ("/report/what-happened", [("description", JourneyScript.Description)]),
        ("/report/your-details", [("name", "Ada Lovelace"), ("email", "ada@example.org"), ("phone", "")]),
    ];

    [Fact]
    public async Task HostileFormBodies_OnEveryPage_NeverCauseAServerErrorOrAnEcho()
    {
        portal.Time.Now = PortalFactory.DefaultNow;
        var j = new JourneyClient(portal.CreateBrowserlessClient());
        var random = new Random(20261206);
        var statuses = new Dictionary<HttpStatusCode, int>();

        foreach (var (page, answer) in Path)
        {
            await j.OpenAsync(page);
            Assert.Equal(page, j.Path);
            var token = j.Page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            string[] names = [.. j.Page.QuerySelectorAll("main form [name]").Select(e => e.GetAttribute("name")!).Distinct(), "person", "step"];
            for (var i = 0; i < PerPage; i++)
            {
                var fields = Enumerable.Range(0, random.Next(0, 5))
                    .Select(_ => new KeyValuePair<string, string>(names[random.Next(names.Length)], Payloads[random.Next(Payloads.Length)]))
                    .Prepend(new("__RequestVerificationToken", random.Next(10) == 0 ? "forged" : token)).ToList();
                using var response = await j.Http.PostAsync(page, new FormUrlEncodedContent(fields));
                var text = await response.Content.ReadAsStringAsync();

                statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} on {page}: {portal.ServerErrors}");
                Assert.DoesNotContain("<script>alert", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img src=x", text, StringComparison.OrdinalIgnoreCase);
            }

            await j.OpenAsync(page);
            await j.AnswerAsync(answer);
        }

        Assert.Equal("/report/other-council", j.Path);

        // Both refusals (errors on the page, missing tokens) and acceptances happened.
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 500);
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 50);
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.Redirect) > 50);
    }
}
