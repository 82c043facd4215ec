using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using YamlDotNet.Serialization;

namespace SafeguardingPortal.Web.Localisation;

/// <summary>
/// Interface text ("Download the poster", "Opening hours"…) translated in <c>content/strings/&lt;language&gt;.yml</c>,
/// keyed by the English text, so translators work beside the pages they translate. A missing translation
/// falls back to English.
/// </summary>
public sealed class ContentStringLocalizerFactory(IOptions<ContentOptions> options, IHostEnvironment environment) : IStringLocalizerFactory
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> strings = new();
    private readonly string folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Path, "strings"));

    public IStringLocalizer Create(Type resourceSource) => new Localizer(this);

    public IStringLocalizer Create(string baseName, string location) => new Localizer(this);

    private IReadOnlyDictionary<string, string> For(string language) => strings.GetOrAdd(language, code =>
    {
        var file = Path.Combine(folder, code + ".yml");
        return File.Exists(file)
            ? Yaml.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? []
            : new Dictionary<string, string>();
    });

    private sealed class Localizer(ContentStringLocalizerFactory factory) : IStringLocalizer
    {
        public LocalizedString this[string name] => Translate(name);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var text = Translate(name);
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            factory.For(Current).Select(kv => new LocalizedString(kv.Key, kv.Value));

        private static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

        private LocalizedString Translate(string name)
        {
            if (Current == Languages.English.Code)
            {
                return new LocalizedString(name, name);
            }

            return factory.For(Current).TryGetValue(name, out var translated)
                ? new LocalizedString(name, translated)
                : new LocalizedString(name, name, resourceNotFound: true);
        }
    }
}

/// <summary>The marker type for <c>IStringLocalizer&lt;UiText&gt;</c> in views.</summary>
public sealed class UiText;
