using SafeguardingPortal.Content;
using SafeguardingPortal.Content.Umbraco;
using SafeguardingPortal.Content.Umbraco.Push;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Content;

/// <summary>How content/ is laid out as Umbraco documents, so that the portal's reader finds each page at its route (docs/umbraco.md).</summary>
public sealed class PortalDocumentsTests
{
    private static readonly IReadOnlyList<DocumentSpec> Documents = Load();

    [Fact]
    public void The_home_page_is_the_start_item_and_a_Bengali_page_is_the_bn_variant_of_the_English_ones_document()
    {
        var home = Documents.Single(d => d.Key == "page:/");
        Assert.Null(home.ParentId);
        Assert.Equal(["en-GB", "bn"], home.Variants.Select(v => v.Culture));
        Assert.All(home.Variants, v => Assert.Equal("notice-the-signs", Value(v, PortalDocumentTypes.UrlName)));

        var whoToCall = Documents.Single(d => d.Key == "page:/who-to-call");
        Assert.Equal(home.Id, whoToCall.ParentId);
        Assert.Equal("কাকে ফোন করবেন", whoToCall.Variants.Single(v => v.Culture == "bn").Name);
        Assert.Equal("who-to-call", Value(whoToCall.Variants.Single(v => v.Culture == "bn"), PortalDocumentTypes.UrlName));
        Assert.Equal(DocumentTypeAliases.CampaignPage, whoToCall.TypeAlias);
        Assert.Equal("who-to-call", Value(whoToCall.Variants[0], "layout"));
    }

    [Fact]
    public void A_route_segment_without_a_page_is_a_folder_in_the_languages_of_the_pages_below_it()
    {
        var folder = Documents.Single(d => d.Key == "page:/signs-of-abuse");
        var children = Documents.Single(d => d.Key == "page:/signs-of-abuse/children");

        Assert.Equal(DocumentTypeAliases.Folder, folder.TypeAlias);
        Assert.Equal(["en-GB", "bn"], folder.Variants.Select(v => v.Culture));
        Assert.Equal(folder.Id, children.ParentId);
        Assert.Equal(DocumentTypeAliases.GuidancePage, children.TypeAlias);
        Assert.True(Documents.ToList().IndexOf(folder) < Documents.ToList().IndexOf(children));
    }

    [Fact]
    public void Posters_keep_their_details_and_phases_courses_routes_and_resources_sit_in_folders_below_the_home_page()
    {
        var poster = Documents.Single(d => d.Key == "page:/posters/1");
        Assert.Equal(DocumentTypeAliases.Poster, poster.TypeAlias);
        Assert.Equal(1, (int)Value(poster.Variants[0], "posterNumber")!);
        Assert.Equal(Documents.Single(d => d.Key == "page:/posters").Id, poster.ParentId);

        var home = Documents.Single(d => d.Key == "page:/").Id;
        var folders = Documents.Where(d => d.Key.StartsWith("folder:", StringComparison.Ordinal)).ToDictionary(d => d.Key, d => d.Id);
        Assert.All(folders.Values, id => Assert.Equal(home, Documents.Single(d => d.Id == id).ParentId));
        Assert.All(Documents.Where(d => d.TypeAlias == DocumentTypeAliases.Phase), d => Assert.Equal(folders["folder:campaign-phases"], d.ParentId));
        var course = Documents.Single(d => d.Key == "course:safeguarding-essentials");
        Assert.Equal(folders["folder:training"], course.ParentId);
        Assert.Equal(course.Id, Documents.Single(d => d.Key == "chapter:safeguarding-essentials/abuse-of-children").ParentId);
        Assert.All(Documents.Where(d => d.TypeAlias == DocumentTypeAliases.DepartmentRoute), d => Assert.Equal(folders["folder:departments"], d.ParentId));
        Assert.All(Documents.Where(d => d.TypeAlias == DocumentTypeAliases.ChampionResource), d => Assert.Equal(folders["folder:champion-resources"], d.ParentId));
    }

    private static object? Value(DocumentVariant variant, string alias) =>
        variant.Values.Single(v => v.Alias == alias).Value?.GetValue<object>() switch
        {
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Number } n => n.GetInt32(),
            System.Text.Json.JsonElement e => e.ToString(),
            var other => other,
        };

    private static IReadOnlyList<DocumentSpec> Load()
    {
        var files = new FolderContentFiles(RepositoryRoot.Combine("content"));
        return PortalDocuments.From(ContentLoader.Load(files), files, new UmbracoOptions().Cultures, "notice-the-signs");
    }
}
