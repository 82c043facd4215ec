using System.Text.Json.Nodes;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>The property editors the portal's document types use (docs/umbraco.md).</summary>
public enum Editor
{
    Text,
    TextArea,
    Number,
    Flag,
    Date,
    Markdown,
    RichText,
    Image,
    Questions,
    AnswerOptions,
}

/// <summary>One property of a document type: its alias is the front-matter field it holds.</summary>
public sealed record PropertySpec(string Alias, string Name, Editor Editor);

/// <summary>A document type the portal expects, by its fixed alias.</summary>
public sealed record DocumentTypeSpec(
    string Alias,
    string Name,
    string Icon,
    bool IsElement,
    bool VariesByCulture,
    bool AllowedAsRoot,
    IReadOnlyList<PropertySpec> Properties,
    IReadOnlyList<string> AllowedChildren)
{
    public Guid Id { get; } = StableId.For($"document-type:{Alias}");
}

/// <summary>A data type the push looks for by name and editor (Umbraco's own), or creates with its stable id.</summary>
public sealed record DataTypeSpec(Editor Editor, string Name, string EditorAlias, string EditorUiAlias, bool BuiltIn, JsonArray? Configuration = null)
{
    public Guid Id { get; } = StableId.For($"data-type:{Editor}");
}

/// <summary>A document's name and values in one culture (null for a document type that does not vary).</summary>
public sealed record DocumentVariant(string? Culture, string Name, IReadOnlyList<(string Alias, JsonNode? Value)> Values);

/// <summary>One document the push makes sure exists, published, with exactly these names and values.</summary>
public sealed record DocumentSpec(string Key, string TypeAlias, Guid? ParentId, IReadOnlyList<DocumentVariant> Variants)
{
    public Guid Id { get; } = StableId.For(Key);
}

/// <summary>Everything the push makes sure Umbraco holds, in the order it must be created.</summary>
public sealed record PushTarget(
    IReadOnlyList<string> Cultures,
    IReadOnlyList<DataTypeSpec> DataTypes,
    IReadOnlyList<DocumentTypeSpec> DocumentTypes,
    IReadOnlyList<DocumentSpec> Documents);
