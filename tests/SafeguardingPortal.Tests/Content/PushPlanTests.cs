using System.Text.Json.Nodes;
using SafeguardingPortal.Content;
using SafeguardingPortal.Content.Umbraco;
using SafeguardingPortal.Content.Umbraco.Push;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Content;

/// <summary>The push's plan (issue 8, build item 4): in an order Umbraco accepts, and nothing for what Umbraco already holds.</summary>
public sealed class PushPlanTests
{
    private static readonly Dictionary<Editor, Guid> BuiltIn = PortalDocumentTypes.DataTypes.Where(d => d.BuiltIn).ToDictionary(d => d.Editor, _ => Guid.NewGuid());

    private static PushTarget Target()
    {
        var files = new FolderContentFiles(RepositoryRoot.Combine("content"));
        return new(["en-GB", "bn"], PortalDocumentTypes.DataTypes, PortalDocumentTypes.All, PortalDocuments.From(ContentLoader.Load(files), files, new UmbracoOptions().Cultures, "notice-the-signs"));
    }

    private static UmbracoInventory EnglishOnlySite() => UmbracoInventory.Empty(new HashSet<string> { "en-GB" }, BuiltIn);

    [Fact]
    public void On_a_new_site_everything_is_created_after_what_it_refers_to()
    {
        var changes = PushPlan.Make(Target(), EnglishOnlySite());

        Assert.Equal("create language bn", changes[0].Description);
        var made = new HashSet<string>(BuiltIn.Values.Select(id => id.ToString()));
        var published = new HashSet<string>();
        foreach (var change in changes)
        {
            var body = change.Body;
            foreach (var reference in References(change))
            {
                Assert.True(made.Contains(reference) || (string?)body["id"] == reference || change.Path.EndsWith(reference, StringComparison.Ordinal), $"{change} refers to {reference} before it exists");
            }

            if (change.Method == HttpMethod.Post && body["id"] is { } id)
            {
                made.Add((string)id!);
            }

            if (change.Path.EndsWith("/publish", StringComparison.Ordinal))
            {
                var document = change.Path.Split('/')[^2];
                published.Add(document);
            }
            else if (change.Path.EndsWith("/document", StringComparison.Ordinal) && body["parent"]?["id"] is { } parent)
            {
                Assert.True(published.Contains((string)parent!), $"{change}: its parent is not published yet");
            }
        }

        Assert.All(Target().Documents, d => Assert.Contains(d.Id.ToString(), published));
    }

    [Fact]
    public void A_page_type_first_allows_the_types_that_exist_then_all_its_children_once_they_do()
    {
        var changes = PushPlan.Make(Target(), EnglishOnlySite());

        var page = PortalDocumentTypes.Get(DocumentTypeAliases.CampaignPage);
        var folder = PortalDocumentTypes.Get(DocumentTypeAliases.Folder).Id.ToString();
        var create = changes.Single(c => c.Description == $"create document type {page.Alias}");
        var update = changes.Single(c => c.Description.StartsWith($"update document type {page.Alias}", StringComparison.Ordinal));
        Assert.DoesNotContain(folder, AllowedIds(create));
        Assert.Contains(folder, AllowedIds(update));
        Assert.True(IndexOf(changes, "create document type ntsFolder") < changes.ToList().IndexOf(update));
        Assert.True(changes.ToList().IndexOf(update) < IndexOf(changes, "create document page:/ ('Did you notice the signs?')"));
    }

    [Fact]
    public void A_site_holding_what_the_push_writes_needs_nothing()
    {
        var target = Target();
        var held = new Site();
        foreach (var change in PushPlan.Make(target, EnglishOnlySite()))
        {
            held.Apply(change);
        }

        Assert.Empty(PushPlan.Make(target, held.Inventory()));
    }

    [Fact]
    public void Values_Umbraco_returns_in_its_own_forms_are_the_same_values()
    {
        var target = Target();
        var held = new Site();
        foreach (var change in PushPlan.Make(target, EnglishOnlySite()))
        {
            held.Apply(change);
        }

        var phase = target.Documents.First(d => d.TypeAlias == DocumentTypeAliases.Phase);
        foreach (var value in held.Documents[phase.Id]["values"]!.AsArray())
        {
            // Umbraco gives dates with a 'T'; a number may come back as text.
            if (value!["value"]!.GetValue<object>() is string text && text.EndsWith(" 00:00:00", StringComparison.Ordinal))
            {
                value["value"] = text.Replace(' ', 'T');
            }
        }

        var chapter = target.Documents.First(d => d.TypeAlias == DocumentTypeAliases.Chapter);
        var number = held.Documents[chapter.Id]["values"]!.AsArray().Single(v => (string?)v!["alias"] == "number")!;
        number["value"] = number["value"]!.ToJsonString();

        Assert.Empty(PushPlan.Make(target, held.Inventory()));
    }

    [Fact]
    public void A_changed_translation_is_an_update_naming_what_changed_then_a_publish()
    {
        var target = Target();
        var held = new Site();
        foreach (var change in PushPlan.Make(target, EnglishOnlySite()))
        {
            held.Apply(change);
        }

        var page = target.Documents.Single(d => d.Key == "page:/who-to-call");
        var title = held.Documents[page.Id]["values"]!.AsArray().Single(v => (string?)v!["alias"] == "title" && (string?)v["culture"] == "bn")!;
        title["value"] = "an older title";

        var changes = PushPlan.Make(target, held.Inventory());

        Assert.Equal(["update document page:/who-to-call ('Who to call'): title (bn)", "publish document page:/who-to-call ('Who to call')"], changes.Select(c => c.Description));
        Assert.Equal(HttpMethod.Put, changes[0].Method);
        Assert.Equal($"umbraco/management/api/v1/document/{page.Id}", changes[0].Path);
    }

    [Fact]
    public void A_document_saved_but_not_published_is_only_published()
    {
        var target = Target();
        var held = new Site();
        foreach (var change in PushPlan.Make(target, EnglishOnlySite()))
        {
            held.Apply(change);
        }

        var page = target.Documents.Single(d => d.Key == "page:/who-to-call");
        held.Documents[page.Id]["variants"]![1]!["state"] = "PublishedPendingChanges";

        Assert.Equal(["publish document page:/who-to-call ('Who to call')"], PushPlan.Make(target, held.Inventory()).Select(c => c.Description));
    }

    [Fact]
    public void A_document_of_another_type_where_one_belongs_is_refused_rather_than_overwritten()
    {
        var target = Target();
        var held = new Site();
        foreach (var change in PushPlan.Make(target, EnglishOnlySite()))
        {
            held.Apply(change);
        }

        var page = target.Documents.Single(d => d.Key == "page:/who-to-call");
        held.Documents[page.Id]["documentType"]!["id"] = PortalDocumentTypes.Get(DocumentTypeAliases.Phase).Id.ToString();

        var refused = Assert.Throws<UmbracoPushException>(() => PushPlan.Make(target, held.Inventory()));
        Assert.Contains("page:/who-to-call", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_one_of_Umbracos_own_data_types_is_told_which()
    {
        var withoutDates = BuiltIn.Where(b => b.Key != Editor.Date).ToDictionary();

        var refused = Assert.Throws<UmbracoPushException>(() => PushPlan.Make(Target(), UmbracoInventory.Empty(new HashSet<string> { "en-GB", "bn" }, withoutDates)));

        Assert.Contains("Umbraco.DateTime", refused.Message, StringComparison.Ordinal);
    }

    private static int IndexOf(IReadOnlyList<PushChange> changes, string description) => changes.ToList().FindIndex(c => c.Description == description);

    private static IEnumerable<string> AllowedIds(PushChange change) =>
        change.Body["allowedDocumentTypes"]!.AsArray().Select(a => (string)a!["documentType"]!["id"]!);

    /// <summary>The ids a request names that must exist already: data types, allowed children, block elements, parent, document type.</summary>
    private static IEnumerable<string> References(PushChange change)
    {
        var body = change.Body;
        foreach (var property in body["properties"]?.AsArray() ?? [])
        {
            yield return (string)property!["dataType"]!["id"]!;
        }

        foreach (var id in body["allowedDocumentTypes"] is JsonArray allowed ? AllowedIds(change) : [])
        {
            yield return id;
        }

        foreach (var block in body["values"]?.AsArray().SelectMany(v => v!["value"] is JsonArray blocks ? blocks : []) ?? [])
        {
            yield return (string)block!["contentElementTypeKey"]!;
        }

        if (body["documentType"]?["id"] is { } type)
        {
            yield return (string)type!;
        }

        if (body["parent"]?["id"] is { } parent)
        {
            yield return (string)parent!;
        }
    }

    /// <summary>An Umbraco in memory that keeps what the plan's requests write, and returns it as Umbraco does (documents with states).</summary>
    private sealed class Site
    {
        public Dictionary<Guid, JsonObject> DataTypes { get; } = [];

        public Dictionary<Guid, JsonObject> DocumentTypes { get; } = [];

        public Dictionary<Guid, JsonObject> Documents { get; } = [];

        private HashSet<string> Cultures { get; } = ["en-GB"];

        public void Apply(PushChange change)
        {
            var body = change.Body.DeepClone().AsObject();
            var segments = change.Path.Split('/');
            var id = change.Method == HttpMethod.Post ? Guid.TryParse((string?)body["id"], out var created) ? created : Guid.Empty : Guid.Parse(segments[5]);
            switch (segments[4], change.Method.Method)
            {
                case ("language", _):
                    Cultures.Add((string)body["isoCode"]!);
                    break;
                case ("data-type", _):
                    DataTypes[id] = body;
                    break;
                case ("document-type", _):
                    DocumentTypes[id] = body;
                    break;
                case ("document", "PUT") when segments.Length > 6:
                    foreach (var variant in Documents[id]["variants"]!.AsArray())
                    {
                        variant!["state"] = "Published";
                    }

                    break;
                case ("document", _):
                    foreach (var variant in body["variants"]!.AsArray())
                    {
                        variant!["state"] = "Draft";
                    }

                    if (change.Method == HttpMethod.Put)
                    {
                        body["documentType"] = Documents[id]["documentType"]!.DeepClone();
                    }

                    Documents[id] = body;
                    break;
                default:
                    throw new InvalidOperationException($"unexpected {change}");
            }
        }

        public UmbracoInventory Inventory() => new(Cultures, BuiltIn, DataTypes, DocumentTypes, Documents);
    }
}
