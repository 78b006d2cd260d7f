/**
 * The little of jsonstat-toolkit (a dev dependency without types) the tests use to read our JSON-stat back:
 * https://github.com/jsonstat/toolkit/blob/master/docs/API.md
 */
declare module 'jsonstat-toolkit' {
  interface JsonStatCategoryNode {
    readonly label: string;
    readonly index: number;
    readonly unit: { decimals: number; label: string; symbol?: string; position?: string } | null;
  }
  interface JsonStatDimensionNode {
    readonly label: string;
    readonly id: string[];
    readonly length: number;
    readonly role: string | null;
    Category(id: string | number): JsonStatCategoryNode | null;
  }
  interface JsonStatNode {
    readonly class: 'collection' | 'dataset' | 'dimension' | 'bundle' | null;
    readonly label: string | null;
    readonly length: number;
    readonly id: string[];
    readonly size: number[];
    readonly n: number;
    readonly updated: string | null;
    readonly source: string | null;
    readonly role: Record<string, string[] | null> | null;
    readonly extension: Record<string, unknown> | null;
    Dataset(id: number | string): JsonStatNode | null;
    Dimension(id: string | number): JsonStatDimensionNode | null;
    Data(coordinates: Record<string, string>): { value: number | null; status: string | null } | null;
    toTable(options: { type: 'arrobj'; content?: 'id' | 'label' }): Record<string, string | number | null>[];
  }
  export default function JSONstat(input: unknown): JsonStatNode;
}
