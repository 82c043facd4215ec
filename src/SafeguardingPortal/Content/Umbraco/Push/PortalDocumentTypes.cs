using System.Text.Json.Nodes;
using static SafeguardingPortal.Content.Umbraco.DocumentTypeAliases;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// The document types of docs/umbraco.md, in an order each can be created in (element types before the block lists
/// that hold them), and the data types their properties use.
/// </summary>
public static class PortalDocumentTypes
{
    /// <summary>Umbraco's own property for a document's URL segment: a page's route comes from it, not from its name.</summary>
    public const string UrlName = "umbracoUrlName";

    private static readonly string[] Pages = [CampaignPage, GuidancePage, Poster, Folder];

    private static readonly PropertySpec[] PageProperties =
    [
        new(UrlName, "URL segment", Editor.Text),
        new("title", "Title", Editor.Text),
        new("summary", "Summary", Editor.TextArea),
        new("audience", "Audience (public, staff or all)", Editor.Text),
        new("phase", "Phase (evergreen or a phase id)", Editor.Text),
        new("publishFrom", "Publish from", Editor.Date),
        new("publishUntil", "Publish until", Editor.Date),
        new("navigationOrder", "Navigation order", Editor.Number),
        new("translationStatus", "Translation status (draft or reviewed)", Editor.Text),
        new("body", "Body (Markdown)", Editor.Markdown),
        new("richBody", "Body (rich text)", Editor.RichText),
    ];

    public static IReadOnlyList<DocumentTypeSpec> All { get; } =
    [
        new(AnswerOption, "Answer option", "icon-check", IsElement: true, VariesByCulture: false, AllowedAsRoot: false,
            [new("text", "Text", Editor.TextArea), new("correct", "Correct", Editor.Flag), new("feedback", "Feedback", Editor.TextArea)], []),
        new(Question, "Knowledge-check question", "icon-help-alt", IsElement: true, VariesByCulture: false, AllowedAsRoot: false,
            [
                new("questionId", "Question id", Editor.Text), new("text", "Text", Editor.TextArea), new("kind", "Kind (single or multiple)", Editor.Text),
                new("chapter", "Chapter to re-read (its slug)", Editor.Text), new("status", "Status (draft or reviewed)", Editor.Text),
                new("options", "Options", Editor.AnswerOptions),
            ], []),
        new(Phase, "Campaign phase", "icon-calendar", IsElement: false, VariesByCulture: false, AllowedAsRoot: false,
            [
                new("phaseId", "Phase id", Editor.Text), new("audience", "Audience (public, staff or all)", Editor.Text),
                new("start", "Start", Editor.Date), new("end", "End", Editor.Date), new("headline", "Headline", Editor.TextArea),
            ], []),
        new(Chapter, "Training chapter", "icon-book-alt", IsElement: false, VariesByCulture: false, AllowedAsRoot: false,
            [
                new("number", "Number", Editor.Number), new("chapterSlug", "Slug", Editor.Text),
                new("status", "Status (draft or reviewed)", Editor.Text), new("body", "Body (Markdown)", Editor.Markdown),
            ], []),
        new(Course, "Training course", "icon-diploma", IsElement: false, VariesByCulture: false, AllowedAsRoot: false,
            [
                new("slug", "Slug", Editor.Text), new("summary", "Summary", Editor.TextArea), new("level", "Level (1, 2 or champion)", Editor.Text),
                new("audience", "Audience (all, contact-role or champions)", Editor.Text), new("passMark", "Pass mark (%)", Editor.Number),
                new("validityYears", "Valid for (years)", Editor.Number), new("status", "Status (draft or reviewed)", Editor.Text),
                new("questions", "Questions", Editor.Questions),
            ], [Chapter]),
        new(DepartmentRoute, "Department reporting route", "icon-directions", IsElement: false, VariesByCulture: false, AllowedAsRoot: false,
            [
                new("department", "Department (its slug)", Editor.Text), new("poster", "Poster text", Editor.TextArea),
                new("status", "Status (draft or reviewed)", Editor.Text), new("body", "Body (Markdown)", Editor.Markdown),
            ], []),
        new(ChampionResource, "Champion resource", "icon-presentation", IsElement: false, VariesByCulture: false, AllowedAsRoot: false,
            [
                new("number", "Number", Editor.Number), new("resourceSlug", "Slug", Editor.Text), new("summary", "Summary", Editor.TextArea),
                new("status", "Status (draft or reviewed)", Editor.Text), new("body", "Body (Markdown)", Editor.Markdown),
            ], []),
        new(Poster, "Poster", "icon-picture", IsElement: false, VariesByCulture: true, AllowedAsRoot: false,
            [
                .. PageProperties,
                new("posterNumber", "Poster number", Editor.Number), new("quote", "Quote", Editor.TextArea), new("theme", "Theme", Editor.Text),
                new("artworkDescription", "Artwork description", Editor.TextArea), new("concernsChildren", "Concerns children", Editor.Flag),
                new("artwork", "Artwork", Editor.Image),
            ], []),
        new(GuidancePage, "Guidance page", "icon-document", IsElement: false, VariesByCulture: true, AllowedAsRoot: false, PageProperties, Pages),
        new(CampaignPage, "Campaign page", "icon-home", IsElement: false, VariesByCulture: true, AllowedAsRoot: true,
            [.. PageProperties, new("layout", "Layout (page, home, who-to-call or posters)", Editor.Text)], Pages),

        // Holds what has no page of its own: a route segment such as /signs-of-abuse, and the phases, courses,
        // departments' routes and champion resources, each in a folder of its own below the home page.
        new(Folder, "Folder", "icon-folder", IsElement: false, VariesByCulture: true, AllowedAsRoot: false,
            [new(UrlName, "URL segment", Editor.Text)], [.. Pages, Phase, Course, DepartmentRoute, ChampionResource]),
    ];

    public static DocumentTypeSpec Get(string alias) => All.Single(t => t.Alias == alias);

    /// <summary>Umbraco's own data types, found by name and editor, then those the push owns (stable ids).</summary>
    public static IReadOnlyList<DataTypeSpec> DataTypes { get; } =
    [
        new(Editor.Text, "Textstring", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox", BuiltIn: true),
        new(Editor.TextArea, "Textarea", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea", BuiltIn: true),
        new(Editor.Number, "Numeric", "Umbraco.Integer", "Umb.PropertyEditorUi.Integer", BuiltIn: true),
        new(Editor.Flag, "True/false", "Umbraco.TrueFalse", "Umb.PropertyEditorUi.Toggle", BuiltIn: true),
        new(Editor.Date, "Date Picker", "Umbraco.DateTime", "Umb.PropertyEditorUi.DatePicker", BuiltIn: true),
        new(Editor.RichText, "Richtext editor", "Umbraco.RichText", "Umb.PropertyEditorUi.Tiptap", BuiltIn: true),
        new(Editor.Image, "Image Media Picker", "Umbraco.MediaPicker3", "Umb.PropertyEditorUi.MediaPicker", BuiltIn: true),
        new(Editor.Markdown, "Notice the Signs: Markdown", "Umbraco.MarkdownEditor", "Umb.PropertyEditorUi.MarkdownEditor", BuiltIn: false, []),
        new(Editor.AnswerOptions, "Notice the Signs: answer options", "Umbraco.BlockList", "Umb.PropertyEditorUi.BlockList", BuiltIn: false, Blocks(AnswerOption)),
        new(Editor.Questions, "Notice the Signs: questions", "Umbraco.BlockList", "Umb.PropertyEditorUi.BlockList", BuiltIn: false, Blocks(Question)),
    ];

    private static JsonArray Blocks(string elementAlias) =>
    [
        new JsonObject
        {
            ["alias"] = "blocks",
            ["value"] = new JsonArray { new JsonObject { ["contentElementTypeKey"] = StableId.For($"document-type:{elementAlias}").ToString() } },
        },
    ];
}
