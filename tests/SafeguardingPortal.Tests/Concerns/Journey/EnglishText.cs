using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SafeguardingPortal.Tests.Concerns.Journey;

/// <summary>The English interface text: the key itself, formatted.</summary>
public sealed class EnglishText : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
