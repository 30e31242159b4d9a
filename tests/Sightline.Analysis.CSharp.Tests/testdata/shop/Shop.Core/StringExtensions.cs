namespace Shop.Core;

public static class StringExtensions
{
    public static string Slug(this string text) => text.Trim().ToLowerInvariant();
}
