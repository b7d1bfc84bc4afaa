using CsEtiquette.Packs;

namespace CsEtiquette.Insights;

/// <summary>The zh-CN text of an inspection-pack value: a string, or <c>{"zh-CN": …, "en": …}</c>.</summary>
internal static class InspectionText
{
    private static readonly string[] Languages = ["zh-CN", "en"];

    public static string Read(PackValue value) =>
        value.Kind == System.Text.Json.JsonValueKind.String
            ? value.AsString()
            : value.Kind == System.Text.Json.JsonValueKind.Object
                ? value.AsObject(Languages).RequiredString("zh-CN")
                : throw value.Mistyped("a string or an object of zh-CN and en text");
}
