using System.Text.Json.Nodes;
using SafeguardingPortal.Content;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.UmbracoPush;

/// <summary>
/// <c>content push</c> against a fake Umbraco that validates every request against the Management API's OpenAPI
/// document (issue 8, build item 4): the documents end up where the portal's reader looks for them, a second run
/// writes nothing, a dry run only reads, and a change in content/ is one update.
/// </summary>
public sealed class ContentPushTests
{
    private static readonly string[] DocumentTypeAliases =
    [
        "ntsCampaignPhase", "ntsCampaignPage", "ntsGuidancePage", "ntsPoster", "ntsTrainingCourse", "ntsTrainingChapter",
        "ntsQuestion", "ntsAnswerOption", "ntsDepartmentRoute", "ntsChampionResource",
    ];

    [Fact]
    public async Task A_push_makes_every_request_within_the_contract_and_Umbraco_holds_all_the_content_published()
    {
        await using var push = await PushPortal.StartAsync();

        var run = await push.RunAsync();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.All(run.Requests, r => Assert.True(r.Valid, $"{r}\n{push.Umbraco.Log}"));
        Assert.True(run.Requests[0].IsToken, "the push authenticates with client credentials first");
        Assert.DoesNotContain(run.Requests, r => r.Status >= 400 && !(r.Method == "GET" && r.Status == 404));

        var umbraco = new HeldContent(await push.Umbraco.StateAsync());
        Assert.Subset(umbraco.DocumentTypeAliases, DocumentTypeAliases.ToHashSet());
        Assert.Subset(umbraco.PropertyAliases("ntsPoster"), new HashSet<string> { "title", "summary", "body", "posterNumber", "quote", "theme", "artworkDescription", "concernsChildren", "artwork" });
        Assert.Contains("bn", umbraco.Cultures);
        Assert.All(umbraco.Documents, d => Assert.All(d["variants"]!.AsArray(), v => Assert.Equal("Published", (string?)v!["state"])));

        var content = ContentLoader.Load(RepositoryRoot.Combine("content"));
        Assert.NotEmpty(content.Pages);
        foreach (var page in content.Pages)
        {
            var document = umbraco.AtRoute(page.Path) ?? throw new Xunit.Sdk.XunitException($"no document at {page.Path}");
            var culture = page.Language == "bn" ? "bn" : "en-GB";
            Assert.Equal(page.Title, HeldContent.Value(document, "title", culture)?.GetValue<string>());
            var markdown = ContentParser.Split(File.ReadAllText(RepositoryRoot.Combine("content", "pages", page.SourceFile)).ReplaceLineEndings("\n")).Body;
            Assert.Equal(markdown, HeldContent.Value(document, "body", culture)?.GetValue<string>());
            var segment = page.Path == "/" ? "notice-the-signs" : page.Path[(page.Path.LastIndexOf('/') + 1)..];
            Assert.Equal(segment, HeldContent.Value(document, "umbracoUrlName", culture)?.GetValue<string>());
            if (page.Poster is { } poster)
            {
                Assert.Equal("ntsPoster", umbraco.TypeOf(document));
                Assert.Equal(poster.Number, HeldContent.Value(document, "posterNumber", culture)?.GetValue<int>());
                Assert.Equal(poster.ConcernsChildren, HeldContent.Value(document, "concernsChildren", culture)?.GetValue<bool>());
            }
        }

        Assert.All(content.Phases, phase =>
        {
            var document = umbraco.ByValue("ntsCampaignPhase", "phaseId", phase.Id);
            Assert.Equal(phase.Name, (string?)document["variants"]![0]!["name"]);
            Assert.StartsWith(phase.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), HeldContent.Value(document, "start", null)?.GetValue<string>(), StringComparison.Ordinal);
        });
        Assert.All(content.DepartmentRoutes.Values, route => Assert.Equal(route.Poster, HeldContent.Value(umbraco.ByValue("ntsDepartmentRoute", "department", route.Slug), "poster", null)?.GetValue<string>()));
        Assert.All(content.ChampionResources, resource => Assert.Equal(resource.Title, (string?)umbraco.ByValue("ntsChampionResource", "resourceSlug", resource.Slug)["variants"]![0]!["name"]));
        Assert.NotEmpty(content.Courses);
        Assert.All(content.Courses, course =>
        {
            var document = umbraco.ByValue("ntsTrainingCourse", "slug", course.Slug);
            Assert.Equal(course.Chapters.Select(c => c.Slug).Order(), umbraco.ChildrenOf(document).Select(c => HeldContent.Value(c, "chapterSlug", null)?.GetValue<string>()).Order());
            var questions = HeldContent.Value(document, "questions", null)!["contentData"]!.AsArray();
            Assert.Equal(course.Questions.Select(q => q.Id), questions.Select(q => Block(q!, "questionId")?.GetValue<string>()));
            Assert.Equal(course.Questions.Select(q => q.Options.Count), questions.Select(q => Block(q!, "options")!["contentData"]!.AsArray().Count));
        });
    }

    [Fact]
    public async Task A_second_push_reads_and_writes_nothing()
    {
        await using var push = await PushPortal.StartAsync();
        var first = await push.RunAsync();
        Assert.True(first.Exit == 0, first.ToString());
        Assert.Contains(first.Requests, r => r.IsWrite);

        var second = await push.RunAsync();

        Assert.True(second.Exit == 0, second.ToString());
        Assert.All(second.Requests, r => Assert.True(r.Method == "GET" || r.IsToken, r.ToString()));
        Assert.All(second.Requests, r => Assert.True(r.Valid, r.ToString()));
        Assert.Contains("nothing to write", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_only_reads_and_says_what_a_push_would_write()
    {
        await using var push = await PushPortal.StartAsync();

        var dryRun = await push.RunAsync("--dry-run");

        Assert.True(dryRun.Exit == 0, dryRun.ToString());
        Assert.All(dryRun.Requests, r => Assert.True(r.Method == "GET" || r.IsToken, r.ToString()));
        Assert.All(dryRun.Requests, r => Assert.True(r.Valid, r.ToString()));
        Assert.Empty((await push.Umbraco.StateAsync())["documents"]!.AsArray());
        Assert.Contains("would create document type ntsPoster", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("would create document page:/who-to-call ('Who to call')", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was written", dryRun.Output, StringComparison.Ordinal);

        // What the dry run listed is what the push then writes.
        var pushed = await push.RunAsync();
        Assert.Equal(
            dryRun.Output.Split('\n').Where(l => l.StartsWith("would ", StringComparison.Ordinal)).Select(l => l["would ".Length..]),
            pushed.Output.Split('\n').Where(l => !l.StartsWith("Pushed", StringComparison.Ordinal) && l.Length > 0));
    }

    [Fact]
    public async Task A_changed_Bengali_title_is_one_update_of_that_document_and_its_publication()
    {
        using var content = new ContentCopy();
        await using var push = await PushPortal.StartAsync(content.Path);
        Assert.Equal(0, (await push.RunAsync()).Exit);
        content.Edit("pages/bn/who-to-call.md", text => text.Replace("\ntitle: ", "\ntitle: নতুন ", StringComparison.Ordinal));

        var dryRun = await push.RunAsync("--dry-run");
        var run = await push.RunAsync();

        Assert.Contains("would update document page:/who-to-call ('Who to call'): name (bn), title (bn)", dryRun.Output, StringComparison.Ordinal);
        var writes = run.Requests.Where(r => r.IsWrite).Select(r => $"{r.Method} {r.Path}").ToList();
        var id = StableIdOf("page:/who-to-call");
        Assert.Equal([$"PUT /umbraco/management/api/v1/document/{id}", $"PUT /umbraco/management/api/v1/document/{id}/publish"], writes);
        var document = new HeldContent(await push.Umbraco.StateAsync()).AtRoute("/who-to-call")!;
        Assert.StartsWith("নতুন ", HeldContent.Value(document, "title", "bn")?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_rides_out_Umbraco_answering_503_for_a_moment()
    {
        await using var push = await PushPortal.StartAsync();
        await push.Umbraco.FailNextAsync(503, count: 2);

        var run = await push.RunAsync();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal([503, 503, 200], run.Requests.Skip(1).Take(3).Select(r => r.Status));
        Assert.Single(run.Requests.Skip(1).Take(3).Select(r => r.Path).Distinct());
        Assert.NotEmpty((await push.Umbraco.StateAsync())["documents"]!.AsArray());
    }

    [Fact]
    public async Task Wrong_client_credentials_stop_the_push_before_anything_is_read_or_written()
    {
        await using var push = await PushPortal.StartAsync(clientSecret: "not-the-secret");

        var run = await push.RunAsync();

        Assert.Equal(1, run.Exit);
        Assert.Contains("refused the client credentials", run.Errors, StringComparison.Ordinal);
        Assert.All(run.Requests, r => Assert.True(r.IsToken, r.ToString()));
        Assert.Empty((await push.Umbraco.StateAsync())["documentTypes"]!.AsArray());
    }

    private static Guid StableIdOf(string key) => SafeguardingPortal.Content.Umbraco.Push.StableId.For(key);

    private static JsonNode? Block(JsonNode block, string alias) =>
        block["values"]!.AsArray().FirstOrDefault(v => (string?)v!["alias"] == alias)?["value"];
}
