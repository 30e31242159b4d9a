namespace Sightline.Analysis.Java.Walk;

/// <summary>Return types of the logger factories, so "LogManager.getLogger(X.class).info(...)" resolves.</summary>
internal static class KnownReturns
{
    private static readonly Dictionary<string, string> Returns = new(StringComparer.Ordinal)
    {
        ["org.apache.logging.log4j.LogManager.getLogger"] = "org.apache.logging.log4j.Logger",
        ["org.apache.logging.log4j.LogManager.getFormatterLogger"] = "org.apache.logging.log4j.Logger",
        ["org.apache.logging.log4j.LogManager.getRootLogger"] = "org.apache.logging.log4j.Logger",
        ["org.slf4j.LoggerFactory.getLogger"] = "org.slf4j.Logger",
        ["java.util.logging.Logger.getLogger"] = "java.util.logging.Logger",
        ["org.apache.log4j.Logger.getLogger"] = "org.apache.log4j.Logger",
        ["org.apache.log4j.LogManager.getLogger"] = "org.apache.log4j.Logger",
        ["org.apache.commons.logging.LogFactory.getLog"] = "org.apache.commons.logging.Log",
    };

    public static string[]? Of(string callee) => Returns.TryGetValue(callee, out var type) ? [type] : null;
}
