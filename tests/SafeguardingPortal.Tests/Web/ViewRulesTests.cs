using System.Text.RegularExpressions;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Testing;
using YamlDotNet.Serialization;

namespace SafeguardingPortal.Tests.Web;

/// <summary>Rules about the Razor views that no compiler checks.</summary>
public partial class ViewRulesTests
{
    private static readonly string[] Views = Directory.GetFiles(RepositoryRoot.Combine("src", "SafeguardingPortal"), "*.cshtml", SearchOption.AllDirectories);

    /// <summary>Code that builds page text (the report journey's questions) translates it with the same localizer.</summary>
    private static readonly string[] Code = Directory.GetFiles(RepositoryRoot.Combine("src", "SafeguardingPortal", "Features"), "*.cs", SearchOption.AllDirectories);

    /// <summary>security.md §11: markup is written unencoded only by the sanitised-content tag helper.</summary>
    [Fact]
    public void Views_NeverUseHtmlRaw() =>
        Assert.DoesNotContain(Views, view => File.ReadAllText(view).Contains("Html.Raw", StringComparison.Ordinal));

    [Fact]
    public void Views_HaveNoInlineStyles() =>
        Assert.DoesNotContain(Views, view => InlineStyle().IsMatch(File.ReadAllText(view)));

    /// <summary>Every piece of interface text, and every team, service, department and site name, has a Bengali translation.</summary>
    [Fact]
    public void InterfaceText_IsTranslatedIntoBengali()
    {
        var bengali = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, string>>(File.ReadAllText(RepositoryRoot.Combine("content", "strings", "bn.yml")));
        var reference = new ReferenceData();
        ReferenceDataLoader.LoadInto(reference, RepositoryRoot.Combine("content", "reference"));

        var keys = Views.Concat(Code).SelectMany(file => LocalisedText().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Concat(reference.Contacts.Teams.SelectMany(t => new[] { t.Name, t.OutOfHoursName }).OfType<string>())
            .Concat(reference.Departments.Departments.Select(d => d.Name))
            .Concat(reference.Sites.Sites.Select(s => s.Name))
            .Concat(reference.Contacts.National.SelectMany(s => new[] { s.Name, s.Hours }).OfType<string>())
            .Distinct();

        Assert.Equal([], keys.Where(key => !bengali.ContainsKey(key)));
    }

    /// <summary><c>T["…"]</c> in a view or <c>c.T["…"]</c> in code; the key is the English text.</summary>
    [GeneratedRegex(@"\bT\[""([^""]+)""")]
    private static partial Regex LocalisedText();

    [GeneratedRegex(@"\sstyle\s*=|<style", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
