namespace Sightline.Analysis.JavaScript.Walk;

/// <summary>
/// Globals of the JavaScript runtime and of Node. Calls on them are external calls named
/// "globalThis.JSON.parse": npm names are lower case, so "globalThis" can never be taken for a package.
/// </summary>
internal static class Globals
{
    public const string Prefix = "globalThis.";

    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Array", "ArrayBuffer", "AbortController", "Atomics", "BigInt", "Blob", "Boolean", "Buffer", "DataView",
        "Date", "Error", "EvalError", "FormData", "Function", "Headers", "Intl", "JSON", "Map", "Math", "Number",
        "Object", "Promise", "Proxy", "RangeError", "ReferenceError", "Reflect", "RegExp", "Request", "Response",
        "Set", "String", "Symbol", "SyntaxError", "TextDecoder", "TextEncoder", "TypeError", "URIError", "URL",
        "URLSearchParams", "WeakMap", "WeakRef", "WeakSet", "WebSocket", "console", "process", "globalThis",
        "clearImmediate", "clearInterval", "clearTimeout", "decodeURI", "decodeURIComponent", "encodeURI",
        "encodeURIComponent", "escape", "eval", "fetch", "isFinite", "isNaN", "parseFloat", "parseInt",
        "queueMicrotask", "setImmediate", "setInterval", "setTimeout", "structuredClone", "unescape", "atob", "btoa",
        "window", "document", "navigator", "localStorage", "sessionStorage", "alert", "performance", "crypto",
        "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array",
        "Float64Array", "BigInt64Array", "BigUint64Array", "Uint8ClampedArray", "Event", "EventTarget",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
