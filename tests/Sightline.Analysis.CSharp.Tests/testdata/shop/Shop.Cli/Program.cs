using System;
using System.Collections.Generic;
using Shop.Core;

namespace Shop.Cli;

internal static class Program
{
    private static void Main(string[] args)
    {
        var ids = new List<string>(args);
        ids.ForEach(Print);
        Array.ForEach(args, id => Show(id));
        Console.WriteLine(Count(ids));

        static int Count(List<string> list) => list.Count;
    }

    private static void Print(string id) => Console.WriteLine(OrderStore.Find(id));

    private static void Show(string id) => OrderStore.Remove(id);
}
