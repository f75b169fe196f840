import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  fileStart,
  known,
  readDirective,
  suppressionOf,
  unknown
} from "./chunk-WIEP54A5.js";

// src/parsers/tree-sitter.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { brotliDecompressSync } from "node:zlib";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue6 = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue6, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue6, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/parsers/grammars.json
var grammars_default = {
  runtime: { package: "web-tree-sitter", file: "web-tree-sitter.wasm" },
  grammars: {
    javascript: { package: "tree-sitter-javascript", file: "tree-sitter-javascript.wasm" },
    typescript: { package: "tree-sitter-typescript", file: "tree-sitter-typescript.wasm" },
    tsx: { package: "tree-sitter-typescript", file: "tree-sitter-tsx.wasm" },
    python: { package: "tree-sitter-python", file: "tree-sitter-python.wasm" },
    go: { package: "tree-sitter-go", file: "tree-sitter-go.wasm" },
    java: { package: "tree-sitter-java", file: "tree-sitter-java.wasm" },
    c_sharp: { package: "tree-sitter-c-sharp", file: "tree-sitter-c_sharp.wasm" },
    hcl: { package: "@tree-sitter-grammars/tree-sitter-hcl", file: "tree-sitter-hcl.wasm" },
    terraform: { package: "@tree-sitter-grammars/tree-sitter-hcl", file: "tree-sitter-terraform.wasm" }
  }
};

// src/parsers/tree-sitter.ts
var GRAMMAR_NAMES = Object.keys(grammars_default.grammars);
var runtime;
var languages = /* @__PURE__ */ new Map();
async function createParser(grammar) {
  const language = await loadLanguage(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}
var MAX_PARSE_MS = 4e3;
function parseWithin(parser, text, budgetMs = MAX_PARSE_MS) {
  const deadline = performance.now() + budgetMs;
  const tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline });
  if (!tree) parser.reset();
  return tree;
}
function loadLanguage(grammar) {
  let language = languages.get(grammar);
  if (!language) {
    const { package: pkg, file } = grammars_default.grammars[grammar];
    language = initRuntime2().then(async () => Language.load(await readWasm(pkg, file)));
    languages.set(grammar, language);
  }
  return language;
}
function initRuntime2() {
  runtime ??= readWasm(grammars_default.runtime.package, grammars_default.runtime.file).then(
    (wasmBinary2) => Parser.init({ wasmBinary: wasmBinary2 })
  );
  return runtime;
}
async function readWasm(pkg, file) {
  for (const candidate of bundledCandidates(file)) {
    const compressed = await readFile(candidate).catch(() => void 0);
    if (compressed) return new Uint8Array(brotliDecompressSync(compressed));
  }
  const require2 = createRequire(import.meta.url);
  return new Uint8Array(await readFile(require2.resolve(`${pkg}/${file}`)));
}
function bundledCandidates(file) {
  return [new URL(`./wasm/${file}.br`, import.meta.url), new URL(`../wasm/${file}.br`, import.meta.url)];
}
function locationOf(node, file) {
  const start2 = node.startPosition;
  const end = node.endPosition;
  return {
    file,
    line: start2.row + 1,
    column: start2.column + 1,
    endLine: end.row + 1,
    endColumn: Math.max(1, end.column)
  };
}

// src/code/expressions.ts
var TOKEN = /\s*(?:(<=|>=|<>|[=<>(),[\]+-])|(:[A-Za-z0-9_]+)|(#[A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_]*)|(\.)|(\S))/y;
function tokenize(expression) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  for (; ; ) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) return tokens;
    const match = TOKEN.exec(expression);
    if (!match || match[5] !== void 0) return void 0;
    if (match[1] !== void 0) tokens.push({ kind: "symbol", text: match[1] });
    else if (match[2] !== void 0) tokens.push({ kind: "value", text: match[2] });
    else if (match[3] !== void 0) tokens.push({ kind: "name", text: match[3] });
    else tokens.push({ kind: "symbol", text: "." });
  }
}
function resolveName(text, names) {
  return text.startsWith("#") ? names.get(text) : text;
}
var LEGACY_OPERATORS = {
  EQ: "=",
  LT: "<",
  LE: "<=",
  GT: ">",
  GE: ">=",
  BETWEEN: "BETWEEN",
  BEGINS_WITH: "begins_with"
};
var COMPARISONS = /* @__PURE__ */ new Set(["=", "<", "<=", ">", ">="]);
function parseKeyCondition(expression, names) {
  const tokens = tokenize(expression)?.filter((t) => t.text !== "(" && t.text !== ")");
  if (!tokens || tokens.length === 0) return void 0;
  const terms = [];
  let at = 0;
  const next = () => tokens[at++];
  while (at < tokens.length) {
    const first = next();
    if (!first) return void 0;
    if (first.kind === "name" && first.text.toLowerCase() === "begins_with") {
      const name2 = next();
      const comma = next();
      const value = next();
      if (name2?.kind !== "name" || comma?.text !== "," || value?.kind !== "value") return void 0;
      const attribute = resolveName(name2.text, names);
      if (attribute === void 0) return void 0;
      terms.push({ attribute, operator: "begins_with" });
    } else if (first.kind === "name") {
      const attribute = resolveName(first.text, names);
      const operator = next();
      if (attribute === void 0 || !operator) return void 0;
      if (operator.kind === "name" && operator.text.toUpperCase() === "BETWEEN") {
        const low = next();
        const and = next();
        const high = next();
        if (low?.kind !== "value" || and?.text.toUpperCase() !== "AND" || high?.kind !== "value")
          return void 0;
        terms.push({ attribute, operator: "BETWEEN" });
      } else if (operator.kind === "symbol" && COMPARISONS.has(operator.text)) {
        if (next()?.kind !== "value") return void 0;
        terms.push({ attribute, operator: operator.text });
      } else return void 0;
    } else return void 0;
    if (at === tokens.length) return terms;
    if (next()?.text.toUpperCase() !== "AND" || at === tokens.length) return void 0;
  }
  return terms;
}
var FUNCTIONS = /* @__PURE__ */ new Set([
  "attribute_exists",
  "attribute_not_exists",
  "attribute_type",
  "begins_with",
  "contains",
  "size"
]);
var KEYWORDS = /* @__PURE__ */ new Set(["AND", "OR", "NOT", "BETWEEN", "IN"]);
function conditionAttributes(expression, names) {
  const tokens = tokenize(expression);
  if (!tokens) return void 0;
  const attributes = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token?.kind !== "name") continue;
    if (tokens[at - 1]?.text === ".") continue;
    if (KEYWORDS.has(token.text.toUpperCase())) continue;
    if (FUNCTIONS.has(token.text) && tokens[at + 1]?.text === "(") continue;
    const attribute = resolveName(token.text, names);
    if (attribute === void 0) return void 0;
    if (!attributes.includes(attribute)) attributes.push(attribute);
  }
  return attributes;
}
var UPDATE_CLAUSES = /* @__PURE__ */ new Set(["SET", "REMOVE", "ADD", "DELETE"]);
var UPDATE_FUNCTIONS = /* @__PURE__ */ new Set(["if_not_exists", "list_append"]);
function updatedAttributes(expression, names) {
  const tokens = tokenize(expression);
  if (!tokens) return void 0;
  const written = [];
  let expectTarget = false;
  let depth = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (!token) break;
    if (token.text === "(" || token.text === "[") depth++;
    else if (token.text === ")" || token.text === "]") depth--;
    if (token.kind === "name" && UPDATE_CLAUSES.has(token.text.toUpperCase()) && depth === 0) {
      expectTarget = true;
      continue;
    }
    if (token.text === "," && depth === 0) {
      expectTarget = true;
      continue;
    }
    if (!expectTarget || token.kind !== "name" || UPDATE_FUNCTIONS.has(token.text)) continue;
    const attribute = resolveName(token.text, names);
    if (attribute === void 0) return void 0;
    if (!written.includes(attribute)) written.push(attribute);
    expectTarget = false;
  }
  return written;
}

// src/code/syntax.ts
function parentOf(node) {
  let parents = parentMemo.get(node.tree);
  if (!parents) {
    parents = /* @__PURE__ */ new Map();
    parentMemo.set(node.tree, parents);
  }
  let parent = parents.get(node.id);
  if (parent === void 0) {
    parent = node.parent;
    parents.set(node.id, parent);
  }
  return parent;
}
var parentMemo = /* @__PURE__ */ new WeakMap();
function scopeName(node, namers) {
  for (let at = parentOf(node); at; at = parentOf(at)) {
    const namer = namers[at.type];
    const name2 = namer ? namer(at) : void 0;
    if (name2) return name2;
  }
  return "<module>";
}
var nameField = (node) => node.childForFieldName("name")?.text;
function enclosing(node, types) {
  let byTree = enclosingMemo.get(node.tree);
  if (!byTree) {
    byTree = /* @__PURE__ */ new Map();
    enclosingMemo.set(node.tree, byTree);
  }
  let found = byTree.get(types);
  if (!found) {
    found = /* @__PURE__ */ new Map();
    byTree.set(types, found);
  }
  const path = [];
  let result;
  for (let at = parentOf(node); at; at = parentOf(at)) {
    if (found.has(at.id)) {
      result = found.get(at.id);
      break;
    }
    if (types.has(at.type)) {
      result = at;
      break;
    }
    path.push(at.id);
  }
  for (const id of path) found.set(id, result);
  return result;
}
var enclosingMemo = /* @__PURE__ */ new WeakMap();
var PAGINATION_WORDS = /* @__PURE__ */ new Set(["lastevaluatedkey", "exclusivestartkey"]);
function readsPages(scope, extraWords = []) {
  let answers = pageAnswers.get(scope.tree);
  if (!answers) {
    answers = /* @__PURE__ */ new Map();
    pageAnswers.set(scope.tree, answers);
  }
  const key = `${scope.id}:${extraWords.join(",")}`;
  let answer = answers.get(key);
  if (answer === void 0) {
    answer = walkForPages(scope, extraWords);
    answers.set(key, answer);
  }
  return answer;
}
var pageAnswers = /* @__PURE__ */ new WeakMap();
function walkForPages(scope, extraWords) {
  const words = extraWords.length ? /* @__PURE__ */ new Set([...PAGINATION_WORDS, ...extraWords]) : PAGINATION_WORDS;
  const folded = scope.text.replace(/_/g, "").toLowerCase();
  if (![...words].some((word) => folded.includes(word))) return false;
  const cursor = scope.walk();
  try {
    for (; ; ) {
      const node = cursor.currentNode;
      if (node.childCount === 0 && !node.type.includes("comment")) {
        const word = node.text.replace(/^["'`]|["'`]$/g, "").replace(/^(get|with|set)(?=[A-Z_])/, "").replace(/_/g, "").toLowerCase();
        if (words.has(word)) return true;
      }
      if (node.type.includes("comment") || !cursor.gotoFirstChild()) {
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return false;
        }
      }
    }
  } finally {
    cursor.delete();
  }
}
var MAX_SYNTAX_DEPTH = 256;
function nestedTooDeeply(root) {
  const cursor = root.walk();
  let depth = 0;
  try {
    for (; ; ) {
      if (cursor.gotoFirstChild()) {
        depth += 1;
        if (depth > MAX_SYNTAX_DEPTH) return true;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return false;
        depth -= 1;
      }
    }
  } finally {
    cursor.delete();
  }
}
function tableFields(ref, file) {
  if (!ref) return {};
  const location = locationOf(ref.node, file);
  switch (ref.kind) {
    case "literal":
      return { table: known(ref.value, location) };
    case "env":
      return {
        table: unknown(`read from the environment variable ${ref.variable}`, location),
        tableVariable: ref.variable
      };
    case "unknown":
      return { table: unknown(ref.reason, location) };
  }
}
function integerLiteral(text) {
  if (text === void 0) return void 0;
  const value = Number(text.replace(/[lLuU]+$/, "").replace(/_/g, ""));
  return Number.isInteger(value) ? value : void 0;
}
function argumentsOf(node) {
  return node ? node.namedChildren.filter((child) => !child.type.includes("comment")) : [];
}
function detect(root, language) {
  const captured = captureNodes(root, language.patterns);
  const { declarations } = captured;
  const candidates = root.hasError ? outsideErrors(root, captured.candidates) : captured.candidates;
  if (candidates.length === 0) return [];
  const file = language.forFile(declarations);
  if (!file) return [];
  const found = candidates.flatMap((candidate) => file.detect(candidate) ?? []);
  return file.finish ? file.finish(found) : found;
}
function outsideErrors(root, nodes) {
  const ranges = root.descendantsOfType("ERROR").map((e) => [e.startIndex, e.endIndex]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return nodes.filter((node) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      const [start2, end] = merged[mid];
      if (node.startIndex < start2) high = mid - 1;
      else if (node.startIndex >= end) low = mid + 1;
      else return node.endIndex > end;
    }
    return true;
  });
}
var AnalysisLimitError = class extends Error {
  name = "AnalysisLimitError";
};
var compiled = /* @__PURE__ */ new WeakMap();
function captureNodes(root, patterns) {
  const language = root.tree.language;
  const source = patterns.filter((p) => language.idForNodeType(p.type, true) !== null).map((p) => p.pattern).join("\n");
  let byLanguage = compiled.get(language);
  if (!byLanguage) {
    byLanguage = /* @__PURE__ */ new Map();
    compiled.set(language, byLanguage);
  }
  let query = byLanguage.get(source);
  if (!query) {
    query = new Query(language, source);
    byLanguage.set(source, query);
  }
  const declarations = [];
  const candidates = [];
  const deadline = performance.now() + MAX_PARSE_MS;
  let cancelled = false;
  const captures = query.captures(root, {
    progressCallback: () => cancelled ||= performance.now() > deadline
  });
  if (cancelled) throw new AnalysisLimitError(`the syntax query took longer than ${MAX_PARSE_MS / 1e3} s`);
  for (const capture of captures) {
    if (capture.name === "declaration") declarations.push(capture.node);
    else if (capture.name === "candidate") candidates.push(capture.node);
  }
  return { declarations, candidates };
}
var ESCAPES = { n: "\n", t: "	", r: "\r", "0": "\0" };
function unescapeSequence(sequence) {
  const body2 = sequence.slice(1);
  const code = /^(?:u\{?([0-9a-fA-F]+)\}?|x([0-9a-fA-F]{2}))$/.exec(body2);
  if (code) return String.fromCodePoint(parseInt(code[1] ?? code[2] ?? "0", 16));
  return ESCAPES[body2] ?? body2;
}
function joinStringParts(parts2, textTypes) {
  return parts2.map(
    (part) => part.type === "escape_sequence" ? unescapeSequence(part.text) : textTypes.has(part.type) ? part.text : ""
  ).join("");
}
var SCAN_PARAMETERS = /* @__PURE__ */ new Set([
  "TableName",
  "FilterExpression",
  "ProjectionExpression",
  "ExclusiveStartKey",
  "Segment",
  "TotalSegments",
  "ExpressionAttributeNames",
  "ExpressionAttributeValues",
  "ScanFilter"
]);
var MAX_HOPS = 4;
function constantString(reader, node, hops = 0) {
  const inner = reader.unwrap?.(node) ?? node;
  const literal = reader.literal(inner);
  if (literal !== void 0 || hops >= MAX_HOPS) return literal;
  const bound = reader.bound(inner);
  return bound ? constantString(reader, bound, hops + 1) : void 0;
}
function tableReference(reader, node, hops = 0) {
  const inner = reader.unwrap?.(node) ?? node;
  const literal = reader.literal(inner);
  if (literal !== void 0) return { kind: "literal", value: literal, node };
  const variable = reader.environment(inner);
  if (variable) return { kind: "env", variable, node };
  if (hops < MAX_HOPS) {
    const preferred = reader.preferred?.(inner);
    const ref = preferred ? tableReference(reader, preferred, hops + 1) : void 0;
    if (ref && ref.kind !== "unknown") return { ...ref, node };
    const bound = reader.bound(inner);
    if (bound) return { ...tableReference(reader, bound, hops + 1), node };
  }
  const text = node.text.replace(/\s+/g, " ");
  return {
    kind: "unknown",
    reason: `computed at run time (${text.length > 60 ? `${text.slice(0, 57)}\u2026` : text})`,
    node
  };
}
function scanDetection(node, library, facts, values, functions) {
  const total = integerLiteral(facts.segments?.text);
  return {
    node,
    operation: facts.operation ?? (facts.segments ? "ParallelScan" : "Scan"),
    library,
    ...facts.table ? { table: tableReference(values, facts.table) } : {},
    ...total !== void 0 ? { totalSegments: total } : {},
    ...pagination(node, facts, functions)
  };
}
function pagination(node, facts, functions) {
  if (facts.paginated !== void 0) return { paginated: facts.paginated };
  const scope = enclosing(node, functions);
  if (readsPages(scope ?? node)) return { paginated: true };
  if (scope?.parent && (takesRequest(scope, facts.request) || returnsResult(node, scope))) return {};
  return { paginated: false };
}
var PASSING = /* @__PURE__ */ new Set([
  "unary_expression",
  "pointer_expression",
  "dictionary_splat",
  "list_splat",
  "parenthesized_expression",
  "argument"
]);
function takesRequest(scope, request) {
  let at = request;
  while (at && PASSING.has(at.type) && at.namedChildren.length > 0) at = at.namedChildren.at(-1);
  if (at?.type !== "identifier") return false;
  const name2 = at.text;
  const parameters = scope.childForFieldName("parameters") ?? scope.childForFieldName("parameter");
  if (!parameters) return false;
  if (parameters.type === "identifier") return parameters.text === name2;
  return parameters.descendantsOfType("identifier").some((id) => id.text === name2);
}
var HANDING_ON = /* @__PURE__ */ new Set(["await_expression", "await", "parenthesized_expression", "expression_list"]);
function returnsResult(call, scope) {
  let at = call;
  while (at.parent && HANDING_ON.has(at.parent.type)) at = at.parent;
  const parent = at.parent;
  if (!parent) return false;
  if (parent.type === "return_statement") return true;
  if (parent.equals(scope) && scope.childForFieldName("body")?.equals(at)) return true;
  const holder = assignedName(parent, at);
  if (!holder) return false;
  return returnedNamesOf(scope).has(holder);
}
var returnedNames = /* @__PURE__ */ new WeakMap();
function returnedNamesOf(scope) {
  let byScope = returnedNames.get(scope.tree);
  if (!byScope) {
    byScope = /* @__PURE__ */ new Map();
    returnedNames.set(scope.tree, byScope);
  }
  let names = byScope.get(scope.id);
  if (!names) {
    const found = /* @__PURE__ */ new Set();
    for (const statement of scope.descendantsOfType("return_statement")) {
      if (!enclosingSame(statement, scope)) continue;
      const pending = [...statement.namedChildren];
      for (let value = pending.pop(); value; value = pending.pop()) {
        if (value.type === "identifier") found.add(value.text);
        else if (HANDING_ON.has(value.type)) pending.push(...argumentsOf(value));
      }
    }
    names = found;
    byScope.set(scope.id, names);
  }
  return names;
}
function assignedName(parent, value) {
  const left = parent.childForFieldName("left") ?? parent.childForFieldName("name") ?? parent.childForFieldName("pattern");
  if (!left || left.equals(value)) return void 0;
  const right = parent.childForFieldName("right") ?? parent.childForFieldName("value");
  if (right && !right.equals(value)) return void 0;
  const first = left.type === "expression_list" || left.type === "pattern_list" ? left.namedChildren[0] : left;
  return first?.type === "identifier" ? first.text : void 0;
}
function enclosingSame(node, scope) {
  for (let at = node.parent; at; at = at.parent) {
    if (at.equals(scope)) return true;
    if (at.childForFieldName("parameters") && at.childForFieldName("body")) return false;
  }
  return false;
}
var ScopedNames = class {
  /** `functions`: node types that open a scope; `fileWide`: names that are visible everywhere (`this.x`). */
  constructor(functions, fileWide = () => false) {
    this.functions = functions;
    this.fileWide = fileWide;
  }
  functions;
  fileWide;
  entries = /* @__PURE__ */ new Map();
  set(name2, value, declaration) {
    const scope = this.fileWide(name2) ? void 0 : enclosing(declaration, this.functions);
    const list = this.entries.get(name2);
    const entry = {
      value,
      scope: scope && parentOf(scope) ? { start: scope.startIndex, end: scope.endIndex } : void 0,
      start: declaration.startIndex
    };
    if (list) list.push(entry);
    else this.entries.set(name2, [entry]);
  }
  has(name2) {
    return this.entries.has(name2);
  }
  /** Every value `name` may hold at `at`: the innermost scope's declarations, the nearest before `at` first. */
  all(name2, at) {
    const place = at.startIndex;
    const visible = (this.entries.get(name2) ?? []).filter(
      ({ scope }) => !scope || place >= scope.start && place < scope.end
    );
    const depth = visible.reduce((deepest, { scope }) => Math.max(deepest, scope ? scope.start : 0), -1);
    const innermost = visible.filter(({ scope }) => (scope ? scope.start : 0) === depth);
    const before = innermost.filter((e) => e.start <= place).sort((a, b) => b.start - a.start);
    const after = innermost.filter((e) => e.start > place).sort((a, b) => a.start - b.start);
    return [...before, ...after].map((e) => e.value);
  }
  get(name2, at) {
    let best;
    let bestDepth = -1;
    const place = at.startIndex;
    for (const entry of this.entries.get(name2) ?? []) {
      const scope = entry.scope;
      if (scope && (place < scope.start || place >= scope.end)) continue;
      const depth = scope ? scope.start : 0;
      const better = !best || depth > bestDepth || depth === bestDepth && entry.start <= place && (best.start > place || entry.start > best.start);
      if (better) {
        best = entry;
        bestDepth = depth;
      }
    }
    return best?.value;
  }
};

// src/code/request-facts.ts
var READS = /* @__PURE__ */ new Set(["Query", "Scan", "ParallelScan"]);
function requestAccess(operation, request, opaque) {
  const names = namesMap(request);
  const hidden = (node) => ({ node, reason: "the request is built elsewhere" });
  const unseen = opaque && hidden(opaque);
  const index = READS.has(operation) ? stringFact(request, "IndexName") ?? unseen : void 0;
  const keyCondition = operation === "Query" ? keyConditionFact(request, names) ?? unseen : void 0;
  const filter = READS.has(operation) ? filterFact(request, names) ?? unseen : void 0;
  const selectNode = READS.has(operation) ? request.field("Select") : void 0;
  const select = selectNode ? request.string(selectNode) : void 0;
  const consistentRead = booleanFact(request, "ConsistentRead");
  const written = writtenAttributes(operation, request, names);
  return {
    ...index && { index },
    ...keyCondition && { keyCondition },
    ...filter && { filter },
    ...select !== void 0 && { select },
    ...consistentRead && { consistentRead },
    ...written && { writtenAttributes: written }
  };
}
function namesMap(request) {
  const node = request.field("ExpressionAttributeNames");
  return attributeNames(node && request.entries(node), (value) => request.string(value));
}
function attributeNames(entries, string) {
  const names = /* @__PURE__ */ new Map();
  for (const { key, value } of entries ?? []) {
    const placeholder = string(key);
    const name2 = string(value);
    if (placeholder !== void 0 && name2 !== void 0) names.set(placeholder, name2);
  }
  return names;
}
function detected(node, value) {
  return value !== void 0 ? { node, value } : { node, reason: "computed at run time" };
}
function stringFact(request, field) {
  const node = request.field(field);
  return node && detected(node, request.string(node));
}
function booleanFact(request, field) {
  const node = request.field(field);
  return node && detected(node, request.boolean(node));
}
function throughNames(node, values, read, hops = 0) {
  const value = read(values.unwrap?.(node) ?? node);
  if (value !== void 0 || hops >= MAX_HOPS) return value;
  const bound = values.bound(node);
  return bound ? throughNames(bound, values, read, hops + 1) : void 0;
}
function queryPaging(node, facts, values, functions) {
  const { paginated } = scanDetection(node, "", { ...facts, operation: "Query" }, values, functions);
  return paginated === void 0 ? {} : { paginated };
}
function scanWithAccess(node, library, facts, values, functions, request, opaque) {
  return {
    ...scanDetection(node, library, facts, values, functions),
    ...requestAccess("Scan", request, opaque)
  };
}
function opaqueName(request, values) {
  return request?.type === "identifier" && !values.bound(request) ? request : void 0;
}
function keyConditionFact(request, names) {
  const node = request.field("KeyConditionExpression");
  if (node) {
    const text = request.string(node);
    if (text !== void 0) {
      const terms2 = parseKeyCondition(text, names);
      return terms2 ? { node, value: terms2 } : { node, reason: "a key condition with a placeholder or form that is not literal" };
    }
    const built = request.keyBuilder?.(node);
    return built ? { node, value: built } : { node, reason: "computed at run time" };
  }
  const legacy = request.field("KeyConditions");
  if (!legacy) return void 0;
  const terms = legacyTerms(request, legacy);
  return terms ? { node: legacy, value: terms } : { node: legacy, reason: "computed at run time" };
}
function legacyTerms(request, node) {
  const entries = request.entries(node);
  if (!entries) return void 0;
  const terms = [];
  for (const { key, value } of entries) {
    const attribute = request.string(key);
    const comparison = request.entries(value)?.find((entry) => (request.string(entry.key) ?? entry.key.text) === "ComparisonOperator")?.value;
    const operator = comparison ? LEGACY_OPERATORS[request.string(comparison) ?? ""] : void 0;
    if (attribute === void 0 || !operator) return void 0;
    terms.push({ attribute, operator, node: key });
  }
  return terms;
}
function filterFact(request, names) {
  const node = request.field("FilterExpression");
  if (node) {
    const text = request.string(node);
    const attributes = text !== void 0 ? conditionAttributes(text, names) : request.filterBuilder?.(node);
    return attributes ? { node, value: attributes } : { node, reason: "computed at run time" };
  }
  const legacy = request.field("ScanFilter") ?? request.field("QueryFilter");
  if (!legacy) return void 0;
  const keys = literalKeys(request, legacy);
  return keys ? { node: legacy, value: keys } : { node: legacy, reason: "computed at run time" };
}
function writtenAttributes(operation, request, names) {
  if (operation === "PutItem") {
    const item = request.field("Item");
    return item ? literalKeys(request, item) : void 0;
  }
  if (operation !== "UpdateItem") return void 0;
  const update = request.field("UpdateExpression");
  const text = update ? request.string(update) : void 0;
  if (text !== void 0) return updatedAttributes(text, names);
  const built = update && request.updateBuilder?.(update);
  if (built) return [...built];
  const legacy = update ? void 0 : request.field("AttributeUpdates");
  return legacy ? literalKeys(request, legacy) : void 0;
}
function literalKeys(request, node) {
  const keys = request.entries(node)?.map(({ key }) => request.string(key));
  return keys?.every((key) => key !== void 0) ? keys : void 0;
}
function withTables(found, request, values, table) {
  if (found.operation !== "BatchGetItem" && found.operation !== "BatchWriteItem")
    return [{ ...found, ...table ? { table: tableReference(values, table) } : {} }];
  const items = request.field("RequestItems");
  if (!items) return [found];
  const keys = request.entries(items)?.map(({ key }) => key);
  if (!keys)
    return [
      { ...found, table: { kind: "unknown", reason: "RequestItems is built at run time", node: items } }
    ];
  return keys.map((key) => ({ ...found, table: tableReference(values, key) }));
}
var UNPROCESSED = {
  // The enhanced Java client's results: unprocessedPutItemsForTable, unprocessedDeleteItemsForTable.
  BatchWriteItem: /unprocessed_?((put|delete)_?)?items/i,
  BatchGetItem: /unprocessed_?keys/i
};
var unprocessedAnswers = /* @__PURE__ */ new WeakMap();
function readsUnprocessed(node, word) {
  const tree = node.tree;
  let answers = unprocessedAnswers.get(tree);
  if (!answers) {
    answers = /* @__PURE__ */ new Map();
    unprocessedAnswers.set(tree, answers);
  }
  let answer = answers.get(word);
  if (answer === void 0) {
    answer = word.test(tree.rootNode.text) && mentionsOutsideComments(tree.rootNode, word);
    answers.set(word, answer);
  }
  return answer;
}
function mentionsOutsideComments(root, word) {
  const cursor = root.walk();
  try {
    for (; ; ) {
      const node = cursor.currentNode;
      const comment = node.type.includes("comment");
      if (!comment && node.childCount === 0 && word.test(node.text)) return true;
      if (comment || !cursor.gotoFirstChild()) {
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return false;
        }
      }
    }
  } finally {
    cursor.delete();
  }
}
function batchHandling(operation, node, paged = false) {
  const word = UNPROCESSED[operation];
  if (!word) return {};
  return { unprocessedHandled: paged && operation === "BatchGetItem" || readsUnprocessed(node, word) };
}

// src/code/partiql.ts
var HOLE = "";
var VALUE_BEFORE = /* @__PURE__ */ new Set(["=", "<>", "!=", "<", ">", "<=", ">=", "(", ",", "["]);
function parseSelect(statement) {
  const tokens = tokenize2(statement);
  if (!tokens || !isWord(tokens[0], "select")) return void 0;
  const from = tokens.findIndex((t, i2) => i2 > 0 && isWord(t, "from"));
  const source = from >= 0 ? tokens[from + 1] : void 0;
  if (!source || source.kind !== "name" && source.kind !== "word") return void 0;
  let at = from + 2;
  let index;
  const dot = tokens[at];
  const indexName = tokens[at + 1];
  if (dot?.text === "." && indexName && (indexName.kind === "name" || indexName.kind === "word")) {
    index = indexName.text;
    at += 2;
  }
  const where = tokens.findIndex((t, i2) => i2 >= at && isWord(t, "where"));
  const condition = where >= 0 ? tokens.slice(where + 1) : [];
  const sourceCertain = source.kind === "name" || !(source.text.includes(HOLE + HOLE) || source.text.endsWith(HOLE) && /[A-Za-z0-9]$/.test(source.text.slice(0, -1)));
  const certain = sourceCertain && (where >= 0 ? condition.every((t, i2) => !t.text.includes(HOLE) || isValue(t, condition[i2 - 1])) : tokens.slice(at).every((t) => !t.text.includes(HOLE)));
  return {
    ...source.text.includes(HOLE) ? {} : { table: source.text },
    ...index && !index.includes(HOLE) ? { index } : {},
    hasWhere: where >= 0,
    pinned: where >= 0 ? [...pinnedBy(condition)].filter((name2) => !name2.includes(HOLE)) : [],
    certain
  };
}
function isValue(token, previous) {
  return token.kind === "string" || previous?.kind === "symbol" && VALUE_BEFORE.has(previous.text);
}
function isWord(token, word) {
  return token?.kind === "word" && token.text.toLowerCase() === word;
}
function tokenize2(text) {
  const tokens = [];
  let i2 = 0;
  while (i2 < text.length) {
    const c = text.charAt(i2);
    if (/\s/.test(c)) {
      i2 += 1;
    } else if (c === '"' || c === "'") {
      let end = i2 + 1;
      let value = "";
      for (; ; ) {
        if (end >= text.length) return void 0;
        if (text.charAt(end) === c) {
          if (text.charAt(end + 1) !== c) break;
          end += 1;
        }
        value += text.charAt(end);
        end += 1;
      }
      tokens.push({ kind: c === '"' ? "name" : "string", text: value });
      i2 = end + 1;
    } else if (/[A-Za-z_]/.test(c) || c === HOLE) {
      let end = i2 + 1;
      while (end < text.length && (/[\w$]/.test(text.charAt(end)) || text.charAt(end) === HOLE)) end += 1;
      tokens.push({ kind: "word", text: text.slice(i2, end) });
      i2 = end;
    } else if (/[0-9]/.test(c)) {
      let end = i2 + 1;
      while (end < text.length && /[\d.eE]/.test(text.charAt(end))) end += 1;
      tokens.push({ kind: "number", text: text.slice(i2, end) });
      i2 = end;
    } else {
      const two = text.slice(i2, i2 + 2);
      const symbol = ["<>", "!=", "<=", ">=", "<<", ">>"].includes(two) ? two : c;
      tokens.push({ kind: "symbol", text: symbol });
      i2 += symbol.length;
    }
  }
  return tokens;
}
function pinnedBy(tokens) {
  const branches = splitTopLevel(tokens, "or");
  let result;
  for (const branch of branches) {
    const pinned = /* @__PURE__ */ new Set();
    for (const part of splitTopLevel(branch, "and")) {
      const first = part[0];
      if (first?.text === "(" && part.at(-1)?.text === ")") {
        for (const name2 of pinnedBy(part.slice(1, -1))) pinned.add(name2);
        continue;
      }
      const operator = part[1];
      if ((first?.kind === "name" || first?.kind === "word") && !isWord(first, "not")) {
        if (operator?.text === "=" || isWord(operator, "in")) pinned.add(first.text);
      }
    }
    result = result ? new Set([...result].filter((name2) => pinned.has(name2))) : pinned;
  }
  return result ?? /* @__PURE__ */ new Set();
}
function splitTopLevel(tokens, keyword2) {
  const parts2 = [[]];
  let depth = 0;
  let between = false;
  for (const token of tokens) {
    if (token.text === "(" || token.text === "[" || token.text === "<<") depth += 1;
    if (token.text === ")" || token.text === "]" || token.text === ">>") depth -= 1;
    if (depth === 0 && isWord(token, "between")) between = true;
    if (depth === 0 && isWord(token, keyword2)) {
      if (keyword2 === "and" && between) {
        between = false;
      } else {
        parts2.push([]);
        continue;
      }
    }
    parts2.at(-1)?.push(token);
  }
  return parts2.filter((part) => part.length > 0);
}
function writtenTable(statement) {
  const tokens = tokenize2(statement);
  if (!tokens) return void 0;
  const [first, second] = tokens;
  const at = isWord(first, "insert") && isWord(second, "into") ? 2 : isWord(first, "update") ? 1 : isWord(first, "delete") && isWord(second, "from") ? 2 : -1;
  const target = tokens[at];
  if (!target || target.kind !== "name" && target.kind !== "word" || target.text.includes(HOLE))
    return void 0;
  return target.text;
}

// src/code/templates.ts
function statementText(reader, node, hops = 0) {
  const constant = constantString(reader, node);
  if (constant !== void 0 || hops >= MAX_HOPS) return constant;
  const inner = reader.unwrap?.(node) ?? node;
  const part = (value) => statementText(reader, value, hops + 1) ?? HOLE;
  const parts2 = reader.template?.(inner);
  if (parts2) return parts2.map((p) => typeof p === "string" ? p : part(p)).join("");
  const operands = reader.concatenation?.(inner);
  if (operands) return operands.map(part).join("");
  const bound = reader.bound(inner);
  return bound ? statementText(reader, bound, hops + 1) : void 0;
}
function printfParts(format, args2) {
  const parts2 = [];
  let next = 0;
  let at = 0;
  for (const match of format.matchAll(/%(?:(\d+)\$)?[-#+ 0,(]*\d*(?:\.\d+)?([a-zA-Z%])/g)) {
    parts2.push(format.slice(at, match.index));
    at = match.index + match[0].length;
    const verb = match[2];
    if (verb === "%") parts2.push("%");
    else if (verb === "n") parts2.push("\n");
    else {
      const index = match[1] ? Number(match[1]) - 1 : next++;
      parts2.push(args2[index] ?? HOLE);
    }
  }
  parts2.push(format.slice(at));
  return parts2;
}
function braceParts(format, positional, named = /* @__PURE__ */ new Map()) {
  const parts2 = [];
  let next = 0;
  let at = 0;
  for (const match of format.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
    parts2.push(format.slice(at, match.index));
    at = match.index + match[0].length;
    if (match[0] === "{{" || match[0] === "}}") {
      parts2.push(match[0].charAt(0));
      continue;
    }
    const field = (match[1] ?? "").split(/[!:,]/)[0]?.trim() ?? "";
    const value = field === "" ? positional[next++] : /^\d+$/.test(field) ? positional[Number(field)] : named.get(field);
    parts2.push(value ?? HOLE);
  }
  parts2.push(format.slice(at));
  return parts2;
}
function plusOperands(node) {
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  return node.type === "binary_expression" && node.childForFieldName("operator")?.text === "+" && left && right ? [left, right] : void 0;
}

// src/code/csharp.ts
var LIBRARY = "aws-sdk-net";
var TYPES = {
  IAmazonDynamoDB: "client",
  AmazonDynamoDBClient: "client",
  DynamoDBContext: "context",
  IDynamoDBContext: "context",
  Table: "table",
  ITable: "table",
  ScanRequest: "request",
  ScanOperationConfig: "request",
  ScanConfig: "request",
  ExecuteStatementRequest: "request",
  QueryRequest: "request",
  QueryOperationConfig: "request",
  GetItemRequest: "request",
  PutItemRequest: "request",
  UpdateItemRequest: "request",
  DeleteItemRequest: "request",
  BatchGetItemRequest: "request",
  BatchWriteItemRequest: "request",
  TransactGetItemsRequest: "request",
  TransactWriteItemsRequest: "request",
  // DynamoDBContext's per-call settings: `IndexName`, `ConsistentRead`.
  DynamoDBOperationConfig: "config",
  QueryConfig: "config",
  LoadConfig: "config"
};
var CLIENT_OPERATIONS = {
  Query: "Query",
  GetItem: "GetItem",
  PutItem: "PutItem",
  UpdateItem: "UpdateItem",
  DeleteItem: "DeleteItem",
  BatchGetItem: "BatchGetItem",
  BatchWriteItem: "BatchWriteItem",
  TransactGetItems: "TransactGetItems",
  TransactWriteItems: "TransactWriteItems"
};
var TABLE_OPERATIONS = {
  Query: "Query",
  GetItem: "GetItem",
  PutItem: "PutItem",
  UpdateItem: "UpdateItem",
  DeleteItem: "DeleteItem"
};
var CONTEXT_OPERATIONS = {
  Load: "GetItem",
  Query: "Query",
  FromQuery: "Query",
  Save: "PutItem",
  Delete: "DeleteItem",
  CreateBatchGet: "BatchGetItem",
  CreateBatchWrite: "BatchWriteItem",
  CreateTransactGet: "TransactGetItems",
  CreateTransactWrite: "TransactWriteItems"
};
var SCAN_METHODS = /* @__PURE__ */ new Set(["Scan", "ScanAsync", "FromScan", "FromScanAsync"]);
var SCOPES = {
  method_declaration: nameField,
  constructor_declaration: nameField,
  local_function_statement: nameField,
  class_declaration: nameField,
  record_declaration: nameField
};
var FUNCTIONS2 = /* @__PURE__ */ new Set([
  "method_declaration",
  "constructor_declaration",
  "local_function_statement",
  "lambda_expression",
  "compilation_unit"
]);
var METHODS = /* @__PURE__ */ new Set([
  ...SCAN_METHODS,
  "ExecuteStatement",
  "ExecuteStatementAsync",
  ...[.../* @__PURE__ */ new Set([...Object.keys(CLIENT_OPERATIONS), ...Object.keys(CONTEXT_OPERATIONS)])].flatMap((m) => [
    m,
    `${m}Async`
  ])
]);
var PATTERNS = [
  ...[
    "using_directive",
    "variable_declaration",
    "parameter",
    "property_declaration",
    "class_declaration",
    "assignment_expression"
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`
  })),
  { type: "invocation_expression", pattern: "(invocation_expression) @candidate" }
];
var csharpDetector = {
  patterns: PATTERNS,
  scopes: SCOPES,
  forFile(declarations) {
    const usesDynamoDb = declarations.some(
      (d) => d.type === "using_directive" && d.text.includes("Amazon.DynamoDBv2")
    );
    return usesDynamoDb ? new CSharpFile(declarations) : void 0;
  }
};
var CSharpFile = class {
  bindings = new ScopedNames(FUNCTIONS2);
  /** `request.IndexName = "byCustomer"` after the request is made: `request.IndexName` → the value. */
  members = new ScopedNames(FUNCTIONS2);
  /** `[DynamoDBTable("orders")] class Order`: mapped class → the table name's expression. */
  mapped = /* @__PURE__ */ new Map();
  constructor(declarations) {
    for (const declaration of declarations) {
      if (declaration.type === "using_directive") continue;
      if (declaration.type === "assignment_expression") {
        this.assignMember(declaration);
        continue;
      }
      if (declaration.type === "class_declaration") {
        const name2 = declaration.childForFieldName("name")?.text;
        const table = mappedTable(declaration);
        if (name2 && table) this.mapped.set(name2, table);
        continue;
      }
      const type = baseType(declaration.childForFieldName("type"));
      const declarators = declaration.type === "variable_declaration" ? declaration.namedChildren.filter((c) => c.type === "variable_declarator") : [declaration];
      for (const declarator of declarators) {
        const name2 = declarator.childForFieldName("name")?.text;
        const value = declarator.type === "variable_declarator" ? declaratorValue(declarator) : void 0;
        if (name2)
          this.bindings.set(
            name2,
            { ...type && type !== "var" ? { type } : {}, ...value ? { value } : {} },
            declarator
          );
      }
    }
  }
  roleOf(node, depth = 0) {
    if (!node || depth > 8) return void 0;
    switch (node.type) {
      case "identifier":
      case "member_access_expression": {
        const name2 = node.type === "member_access_expression" ? node.childForFieldName("name")?.text : node.text;
        if (node.type === "member_access_expression" && name2 === "Paginators") {
          const owner = this.roleOf(node.childForFieldName("expression"), depth + 1);
          return owner?.role === "client" ? { role: "paginators", type: "Paginators" } : void 0;
        }
        const declared = name2 ? this.bindings.get(name2, node) : void 0;
        if (declared?.type) return known2(declared.type);
        if (declared?.value) return this.roleOf(declared.value, depth + 1);
        return name2 ? known2(name2) : void 0;
      }
      case "object_creation_expression":
        return known2(baseType(node.childForFieldName("type")) ?? "");
      case "await_expression":
      case "parenthesized_expression":
        return this.roleOf(node.namedChildren[0], depth + 1);
      case "invocation_expression": {
        const callee = node.childForFieldName("function");
        const method = callee?.childForFieldName("name")?.text;
        const owner = this.roleOf(callee?.childForFieldName("expression"), depth + 1);
        if (method === "LoadTable" || method === "TryLoadTable")
          return owner?.role === "table" ? owner : void 0;
        if (callee?.childForFieldName("name")?.type === "generic_name" && callee.text.includes("GetTargetTable"))
          return { role: "table", type: "Table" };
        return void 0;
      }
      default:
        return void 0;
    }
  }
  detect(node) {
    const callee = node.childForFieldName("function");
    const name2 = callee?.childForFieldName("name");
    const method = (name2?.type === "generic_name" ? name2.namedChildren[0]?.text : name2?.text) ?? "";
    if (!METHODS.has(method)) return void 0;
    const receiverNode = callee?.childForFieldName("expression");
    const receiver = this.roleOf(receiverNode);
    const args2 = argumentsOf(node.childForFieldName("arguments")).map(
      (a) => a.type === "argument" ? a.namedChildren.at(-1) ?? a : a
    );
    const request = args2.find((a) => this.roleOf(a)?.role === "request");
    const initializer = request ? this.initializer(request) : /* @__PURE__ */ new Map();
    if (method.startsWith("ExecuteStatement")) {
      if (receiver?.role !== "client" && !request) return void 0;
      const statement = initializer.get("Statement");
      const text = statement ? statementText(this.values, statement) : void 0;
      return text === void 0 ? void 0 : { node, operation: "ExecuteStatement", library: LIBRARY, statement: text };
    }
    const role = receiver?.role;
    if (!SCAN_METHODS.has(method)) {
      const base = method.replace(/Async$/, "");
      if (role === "context") return this.contextOperation(node, base, name2, args2);
      if (role === "table") return this.tableOperation(node, base, receiverNode, args2, request);
      return this.clientOperation(node, base, role, args2, request, initializer);
    }
    if (role === "context") {
      const entity = name2?.type === "generic_name" ? typeArguments(name2)[0] : void 0;
      const table2 = entity ? this.mapped.get(entity) : void 0;
      return {
        node,
        operation: "Scan",
        library: `${LIBRARY} (DynamoDBContext)`,
        paginated: true,
        ...table2 ? { table: tableReference(this.values, table2) } : entity ? { entity } : {}
      };
    }
    if (role === "table") {
      const table2 = this.loadedTableName(receiverNode);
      return this.scan(node, `${LIBRARY} (Table)`, initializer, table2, true);
    }
    if (role === "paginators") return this.scan(node, LIBRARY, initializer, void 0, true);
    if (role !== "client" && !request) return void 0;
    const first = args2[0];
    const table = !request && first && first.type !== "object_creation_expression" ? first : void 0;
    return this.scan(node, LIBRARY, initializer, table, void 0, request);
  }
  scan(node, library, initializer, table, paginated, request) {
    const tableNode = initializer.get("TableName") ?? table;
    const segments = initializer.get("TotalSegments");
    const facts = { table: tableNode, segments, paginated, request };
    const fields = this.fields(initializer, request);
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS2, fields, this.opaque(request));
  }
  /** The low-level client (and its `Paginators`): a request object's facts; one row per batch table. */
  clientOperation(node, base, role, args2, request, initializer) {
    const operation = CLIENT_OPERATIONS[base];
    if (!operation || role !== "client" && role !== "paginators" && !request) return void 0;
    const requestType = request ? this.roleOf(request)?.type : void 0;
    if (requestType !== void 0 && requestType !== `${operation}Request`) return void 0;
    const fields = this.fields(initializer, request);
    const found = {
      node,
      operation,
      library: LIBRARY,
      ...requestAccess(operation, fields, this.opaque(request)),
      ...batchHandling(operation, node, role === "paginators"),
      ...operation === "Query" && queryPaging(
        node,
        { request, paginated: role === "paginators" || void 0 },
        this.values,
        FUNCTIONS2
      )
    };
    const first = args2[0];
    const table = fields.field("TableName") ?? (!request && first && first.type !== "object_creation_expression" ? first : void 0);
    return withTables(found, fields, this.values, table);
  }
  /** The document model's `Table`: a `QueryOperationConfig`, or `Query(hashKey, filter)`. */
  tableOperation(node, base, receiverNode, args2, request) {
    const operation = TABLE_OPERATIONS[base];
    if (!operation) return void 0;
    const table = this.loadedTableName(receiverNode);
    const config = request ? this.initializer(request) : void 0;
    return {
      node,
      operation,
      library: `${LIBRARY} (Table)`,
      ...table ? { table: tableReference(this.values, table) } : {},
      ...operation === "Query" ? this.queryConfig(node, config, request) : {},
      ...operation === "Query" && { paginated: true }
    };
  }
  /**
   * A `QueryOperationConfig`: `IndexName`, `KeyExpression` (an `Expression` with its statement and
   * names), `FilterExpression`, `ConsistentRead`, `Select`. Without one (`Query(hashKey, filter)`), the
   * key attribute comes from the table's description at run time.
   */
  queryConfig(node, config, request) {
    if (!config || !request)
      return { keyCondition: { node, reason: "the key attribute is read from the table at run time" } };
    const fields = this.fields(config, request);
    const access = requestAccess("Query", fields, this.opaque(request));
    const keyExpression = config.get("KeyExpression");
    const filter = config.get("Filter");
    if (filter)
      return { ...access, keyCondition: { node: filter, reason: "key terms may come from the QueryFilter" } };
    if (!keyExpression) return access;
    const expression = this.initializer(keyExpression);
    const statement = expression.get("ExpressionStatement");
    const text = statement ? constantString(this.values, statement) : void 0;
    const map = expression.get("ExpressionAttributeNames");
    const names = attributeNames(map && this.dictionaryEntries(map), (n) => constantString(this.values, n));
    const terms = text !== void 0 ? parseKeyCondition(text, names) : void 0;
    return { ...access, keyCondition: detected(keyExpression, terms) };
  }
  /**
   * `DynamoDBContext`: the mapped class's table, the index and consistency its operation config sets.
   * Key attributes come from the class's `[DynamoDBHashKey]`/`[DynamoDBRangeKey]`, not the call.
   */
  contextOperation(node, base, name2, args2) {
    const operation = CONTEXT_OPERATIONS[base];
    if (!operation) return void 0;
    const entity = name2?.type === "generic_name" ? typeArguments(name2)[0] : this.declaredType(args2[0]);
    const table = entity ? this.mapped.get(entity) : void 0;
    const config = args2.find((a) => {
      const role = this.roleOf(a)?.role;
      return role === "config" || role === "request";
    });
    const settings = config ? this.initializer(config) : /* @__PURE__ */ new Map();
    const fields = this.fields(settings, config);
    const index = fields.field("IndexName");
    const consistent = fields.field("ConsistentRead");
    const batch = operation === "BatchGetItem" || operation === "BatchWriteItem";
    const query = operation === "Query";
    return {
      node,
      operation,
      library: `${LIBRARY} (DynamoDBContext)`,
      ...table ? { table: tableReference(this.values, table) } : entity ? { entity } : {},
      ...query && { keyCondition: { node, reason: "key attributes come from the mapped class" } },
      ...query && index && { index: detected(index, constantString(this.values, index)) },
      ...consistent && { consistentRead: detected(consistent, this.booleanValue(consistent)) },
      ...batch && { unprocessedHandled: true },
      ...query && { paginated: true }
    };
  }
  /** The declared type of a variable passed (`SaveAsync(order)` with `Order order`). */
  declaredType(node) {
    return node?.type === "identifier" ? this.bindings.get(node.text, node)?.type : void 0;
  }
  opaque(request) {
    return opaqueName(request, this.values);
  }
  /** An object initializer's assignments as request fields. */
  assignMember(assignment) {
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    const owner = left?.type === "member_access_expression" ? left.childForFieldName("expression") : null;
    const member = left?.childForFieldName("name")?.text;
    if (owner?.type === "identifier" && member && right)
      this.members.set(`${owner.text}.${member}`, right, assignment);
  }
  /** A request's fields: its object initializer, then what is assigned to the variable holding it. */
  fields(initializer, request) {
    const assigned = (name2) => request?.type === "identifier" ? this.members.get(`${request.text}.${name2}`, request) : void 0;
    return {
      field: (name2) => initializer.get(name2) ?? assigned(name2),
      string: (node) => constantString(this.values, node) ?? enumConstant(node),
      entries: (node) => this.dictionaryEntries(node),
      boolean: (node) => this.booleanValue(node)
    };
  }
  /** `new Dictionary<string, string> { { "#c", "customerId" }, ["#t"] = "createdAt" }`, or a name bound to one. */
  dictionaryEntries(node) {
    return throughNames(node, this.values, (literal) => this.dictionaryLiteral(literal));
  }
  dictionaryLiteral(node) {
    const init2 = node.type === "object_creation_expression" ? node.childForFieldName("initializer") : node.type === "initializer_expression" ? node : void 0;
    if (!init2) return void 0;
    const entries = [];
    for (const element of init2.namedChildren) {
      if (element.type === "initializer_expression") {
        const [key, value] = element.namedChildren;
        if (!key || !value || element.namedChildren.length !== 2) return void 0;
        entries.push({ key, value });
      } else if (element.type === "assignment_expression") {
        const left = element.childForFieldName("left");
        const key = left?.type === "element_binding_expression" ? left.namedChildren[0]?.namedChildren.at(-1) : void 0;
        const value = element.childForFieldName("right");
        if (!key || !value) return void 0;
        entries.push({ key, value });
      } else return void 0;
    }
    return entries;
  }
  booleanValue(node) {
    return throughNames(
      node,
      this.values,
      (n) => n.type === "boolean_literal" ? n.text === "true" : void 0
    );
  }
  /** `new ScanRequest { TableName = …, TotalSegments = 4 }` (or a variable holding one) → its assignments. */
  initializer(node, depth = 0) {
    const values = /* @__PURE__ */ new Map();
    if (node.type === "identifier" && depth < 4) {
      const value = this.bindings.get(node.text, node)?.value;
      return value ? this.initializer(value, depth + 1) : values;
    }
    const init2 = node.type === "object_creation_expression" ? node.childForFieldName("initializer") : void 0;
    for (const assignment of init2?.namedChildren ?? []) {
      if (assignment.type !== "assignment_expression") continue;
      const left = assignment.childForFieldName("left")?.text;
      const right = assignment.childForFieldName("right");
      if (left && right) values.set(left, right);
    }
    return values;
  }
  /** `Table.LoadTable(client, "orders")` bound to the receiver → "orders". */
  loadedTableName(receiver, depth = 0) {
    if (!receiver || depth > 4) return void 0;
    if (receiver.type === "identifier")
      return this.loadedTableName(this.bindings.get(receiver.text, receiver)?.value, depth + 1);
    if (receiver.type === "member_access_expression")
      return this.loadedTableName(
        this.bindings.get(receiver.childForFieldName("name")?.text ?? "", receiver)?.value,
        depth + 1
      );
    if (receiver.type !== "invocation_expression") return void 0;
    const args2 = argumentsOf(receiver.childForFieldName("arguments")).map((a) => a.namedChildren.at(-1) ?? a);
    return args2[1];
  }
  values = {
    literal: stringValue,
    environment: (node) => node.type === "invocation_expression" && node.childForFieldName("function")?.text === "Environment.GetEnvironmentVariable" ? stringValue(argumentsOf(node.childForFieldName("arguments"))[0]?.namedChildren.at(-1)) : void 0,
    // A constant or static field, also through its class: `TableName`, `Tables.Orders`.
    bound: (node) => {
      const name2 = node.type === "member_access_expression" ? node.childForFieldName("name") : node;
      return name2?.type === "identifier" ? this.bindings.get(name2.text, node)?.value : void 0;
    },
    // `Environment.GetEnvironmentVariable("X") ?? string.Empty`: the variable, not the fallback.
    preferred: (node) => node.type === "binary_expression" && node.childForFieldName("operator")?.text === "??" ? node.childForFieldName("left") ?? void 0 : void 0,
    template: (node) => {
      if (node.type === "interpolated_string_expression")
        return node.namedChildren.flatMap((part) => {
          if (part.type === "string_content") return [part.text];
          if (part.type === "escape_sequence") return [unescapeSequence(part.text)];
          const expression = part.type === "interpolation" ? part.namedChildren.find((c) => c.type !== "interpolation_brace") : void 0;
          return expression ? [expression] : [];
        });
      if (node.type !== "invocation_expression" || !/^[sS]tring\.Format$/.test(node.childForFieldName("function")?.text ?? ""))
        return void 0;
      const [format, ...args2] = argumentsOf(node.childForFieldName("arguments")).map(
        (a) => a.namedChildren.at(-1) ?? a
      );
      const text = format ? stringValue(format) : void 0;
      return text === void 0 ? void 0 : braceParts(text, args2);
    },
    concatenation: plusOperands
  };
};
function mappedTable(declaration) {
  for (const list of declaration.namedChildren.filter((c) => c.type === "attribute_list")) {
    for (const attribute of list.namedChildren) {
      const name2 = attribute.childForFieldName("name")?.text ?? attribute.namedChildren[0]?.text;
      if (name2 !== "DynamoDBTable" && name2 !== "DynamoDBTableAttribute") continue;
      const argument = attribute.descendantsOfType("attribute_argument")[0];
      return argument?.namedChildren.at(-1) ?? void 0;
    }
  }
  return void 0;
}
function typeArguments(generic) {
  const list = generic.namedChildren.find((c) => c.type === "type_argument_list");
  return list ? list.namedChildren.map((t) => baseType(t) ?? t.text) : [];
}
function known2(type) {
  const role = TYPES[type];
  return role ? { role, type } : void 0;
}
function declaratorValue(declarator) {
  const children = declarator.namedChildren;
  const last = children.at(-1);
  return last && !last.equals(declarator.childForFieldName("name") ?? last) ? last : void 0;
}
function baseType(node) {
  if (!node) return void 0;
  if (node.type === "implicit_type") return "var";
  if (node.type === "generic_name") return node.namedChildren[0]?.text;
  if (node.type === "qualified_name") return baseType(node.childForFieldName("name"));
  if (node.type === "nullable_type") return baseType(node.namedChildren[0]);
  return node.text;
}
function enumConstant(node) {
  if (node.type !== "member_access_expression" || node.childForFieldName("expression")?.text !== "Select")
    return void 0;
  return node.childForFieldName("name")?.text;
}
var CSHARP_TEXT = /* @__PURE__ */ new Set(["string_literal_content"]);
function stringValue(node) {
  if (node?.type === "string_literal") return joinStringParts(node.namedChildren, CSHARP_TEXT);
  if (node?.type === "verbatim_string_literal") return node.text.slice(2, -1).replace(/""/g, '"');
  return void 0;
}

// src/code/go.ts
var PACKAGES = {
  "github.com/aws/aws-sdk-go/service/dynamodb": "aws-sdk-go",
  "github.com/aws/aws-sdk-go-v2/service/dynamodb": "aws-sdk-go-v2"
};
var SCAN_METHODS2 = /* @__PURE__ */ new Set(["Scan", "ScanWithContext", "ScanPages", "ScanPagesWithContext"]);
var STATEMENT_METHODS = /* @__PURE__ */ new Set(["ExecuteStatement", "ExecuteStatementWithContext"]);
var OPERATIONS = /* @__PURE__ */ new Set([
  "GetItem",
  "Query",
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "BatchGetItem",
  "BatchWriteItem",
  "TransactGetItems",
  "TransactWriteItems"
]);
function operationOf(method) {
  const match = /^(\w+?)(Pages)?(WithContext)?$/.exec(method);
  const operation = match?.[1];
  return operation && OPERATIONS.has(operation) ? { operation, pages: match?.[2] !== void 0 } : void 0;
}
var UPDATE_STEPS = /* @__PURE__ */ new Set(["Set", "Add", "Remove", "Delete"]);
var EXPRESSION_PACKAGES = /* @__PURE__ */ new Set([
  "github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression",
  "github.com/aws/aws-sdk-go/service/dynamodb/expression"
]);
var KEY_METHODS = {
  Equal: "=",
  LessThan: "<",
  LessThanEqual: "<=",
  GreaterThan: ">",
  GreaterThanEqual: ">=",
  Between: "BETWEEN",
  BeginsWith: "begins_with"
};
var SCOPES2 = {
  function_declaration: nameField,
  method_declaration: nameField
};
var FUNCTIONS3 = /* @__PURE__ */ new Set(["function_declaration", "method_declaration", "func_literal", "source_file"]);
var PATTERNS2 = [
  ...[
    "import_spec",
    "short_var_declaration",
    "assignment_statement",
    "var_spec",
    "const_spec",
    "parameter_declaration"
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`
  })),
  {
    type: "call_expression",
    pattern: `(call_expression
      function: (selector_expression field: (field_identifier) @_method)
      (#match? @_method "^(Scan|Query|GetItem|PutItem|UpdateItem|DeleteItem|BatchGetItem|BatchWriteItem|TransactGetItems|TransactWriteItems|ExecuteStatement)(Pages)?(WithContext)?$|^New(Scan|Query)Paginator$")) @candidate`
  }
];
var goDetector = {
  patterns: PATTERNS2,
  scopes: SCOPES2,
  forFile(declarations) {
    const file = new GoFile(declarations);
    return file.packages.size ? file : void 0;
  }
};
var GoFile = class {
  /** Local package name → SDK, for the DynamoDB packages the file imports. */
  packages = /* @__PURE__ */ new Map();
  /** Local names of the expression builder package. */
  expressions = /* @__PURE__ */ new Set();
  bindings = new ScopedNames(FUNCTIONS3);
  constructor(declarations) {
    for (const spec of declarations.filter((d) => d.type === "import_spec")) {
      const path = stringValue2(spec.childForFieldName("path"));
      if (path && EXPRESSION_PACKAGES.has(path))
        this.expressions.add(spec.childForFieldName("name")?.text ?? "expression");
      const library = path ? PACKAGES[path] : void 0;
      if (!library) continue;
      const alias = spec.childForFieldName("name")?.text;
      this.packages.set(alias ?? "dynamodb", library);
    }
    if (this.packages.size === 0) return;
    for (const node of declarations) {
      if (node.type === "import_spec") continue;
      if (node.type === "parameter_declaration") {
        for (const name2 of node.childrenForFieldName("name")) this.bindings.set(name2.text, node, node);
        continue;
      }
      const names = node.type.endsWith("spec") ? node.childrenForFieldName("name") : argumentsOf(node.childForFieldName("left"));
      const values = argumentsOf(
        node.type.endsWith("spec") ? node.childForFieldName("value") : node.childForFieldName("right")
      );
      names.forEach((name2, i2) => {
        const value = values[i2];
        if (value) this.bindings.set(name2.text, value, node);
      });
    }
  }
  detect(node) {
    const callee = node.childForFieldName("function");
    const method = callee?.childForFieldName("field")?.text ?? "";
    const args2 = argumentsOf(node.childForFieldName("arguments"));
    if (method === "NewScanPaginator" || method === "NewQueryPaginator") {
      const library = this.packages.get(callee?.childForFieldName("operand")?.text ?? "");
      if (!library) return void 0;
      if (method === "NewQueryPaginator") {
        const input2 = this.input(args2[1], "QueryInput");
        return this.operation(node, "Query", input2?.body, input2?.library ?? library, args2[1]).map((d) => ({
          ...d,
          paginated: true
        }));
      }
      const input = this.input(args2[1], "ScanInput");
      return { ...this.scan(node, input?.body, input?.library ?? library, args2[1]), paginated: true };
    }
    const other = operationOf(method);
    for (const arg of args2) {
      if (SCAN_METHODS2.has(method)) {
        const input = this.input(arg, "ScanInput");
        if (!input) continue;
        const scan = this.scan(node, input.body, input.library, arg);
        return method.startsWith("ScanPages") ? { ...scan, paginated: true } : scan;
      }
      if (STATEMENT_METHODS.has(method)) {
        const input = this.input(arg, "ExecuteStatementInput");
        if (!input) continue;
        const statement = input.body ? this.field(input.body, "Statement") : void 0;
        const text = statement ? statementText(this.values, statement) : void 0;
        return text === void 0 ? void 0 : { node, operation: "ExecuteStatement", library: input.library, statement: text };
      }
      if (other) {
        const input = this.input(arg, `${other.operation}Input`);
        if (!input) continue;
        const found = this.operation(node, other.operation, input.body, input.library, arg, other.pages);
        return other.pages ? found.map((d) => ({ ...d, paginated: true })) : found;
      }
    }
    return void 0;
  }
  /** A request other than a Scan: its table(s) (one per `RequestItems` key for a batch) and access facts. */
  operation(node, operation, body2, library, request, paged = false) {
    const fields = this.fields(body2, request);
    const found = {
      node,
      operation,
      library,
      ...requestAccess(operation, fields, body2 ? void 0 : request),
      ...batchHandling(operation, node, paged),
      ...operation === "Query" && queryPaging(node, { request }, this.values, FUNCTIONS3)
    };
    const table = fields.field("TableName");
    return withTables(found, fields, this.values, table);
  }
  /** A request literal's fields; none when the request is a parameter (then `requestAccess` is told so). */
  fields(body2, request) {
    const variable = request ? unwrap(request) : void 0;
    const assigned = (name2) => variable?.type === "identifier" ? this.bindings.get(`${variable.text}.${name2}`, variable) : void 0;
    return {
      field: (name2) => (body2 ? this.field(body2, name2) : void 0) ?? assigned(name2),
      string: (node) => constantString(this.values, node) ?? selectConstant(unwrap(node)),
      entries: (node) => this.mapEntries(node),
      boolean: (node) => {
        const inner = unwrap(node);
        return inner.type === "true" ? true : inner.type === "false" ? false : void 0;
      },
      keyBuilder: (node) => this.built(node, "KeyCondition", "WithKeyCondition", (c) => this.keyTerms(c)),
      filterBuilder: (node) => this.built(node, "Filter", "WithFilter", (c) => this.conditionNames(c)),
      updateBuilder: (node) => this.built(node, "Update", "WithUpdate", (u) => this.updateTargets(u))
    };
  }
  /** `map[string]string{"#s": "status"}` (or a name bound to one): its keyed elements. */
  mapEntries(node) {
    return throughNames(node, this.values, (literal) => this.mapLiteral(literal));
  }
  mapLiteral(inner) {
    const body2 = inner.type === "composite_literal" ? inner.childForFieldName("body") : inner;
    if (body2?.type !== "literal_value") return void 0;
    const entries = [];
    for (const element of body2.namedChildren) {
      if (element.type === "comment") continue;
      const [key, value] = element.type === "keyed_element" ? element.namedChildren : [];
      if (!key || !value) return void 0;
      entries.push({ key: elementValue(key), value: elementValue(value) });
    }
    return entries;
  }
  /**
   * `expr.KeyCondition()` where `expr` is bound to `expression.NewBuilder().WithKeyCondition(c)….Build()`:
   * what `read` makes of `c`.
   */
  built(node, accessor, builder, read) {
    if (node.type !== "call_expression") return void 0;
    const callee = node.childForFieldName("function");
    const expression = callee?.childForFieldName("operand");
    if (callee?.childForFieldName("field")?.text !== accessor || expression?.type !== "identifier")
      return void 0;
    for (let at = this.values.bound(expression); at?.type === "call_expression"; ) {
      const step = at.childForFieldName("function");
      const condition = argumentsOf(at.childForFieldName("arguments"))[0];
      if (step?.childForFieldName("field")?.text === builder && condition) return read(condition);
      at = step?.childForFieldName("operand") ?? void 0;
    }
    return void 0;
  }
  /** `pkg.Name(x)`/`pkg.Key(x)` and the like: the call's function when its operand is the expression package. */
  builderFunction(node) {
    const callee = node.type === "call_expression" ? node.childForFieldName("function") : void 0;
    const operand = callee?.childForFieldName("operand");
    return operand?.type === "identifier" && this.expressions.has(operand.text) ? callee?.childForFieldName("field")?.text : void 0;
  }
  /** `expression.Key("pk").Equal(v).And(expression.Key("sk").BeginsWith(p))`, `KeyAnd`, `KeyEqual(Key("pk"), v)`. */
  keyTerms(node, hops = 0) {
    if (hops > 8) return void 0;
    if (node.type === "identifier") {
      const bound = this.values.bound(node);
      return bound ? this.keyTerms(bound, hops + 1) : void 0;
    }
    if (node.type !== "call_expression") return void 0;
    const args2 = argumentsOf(node.childForFieldName("arguments"));
    const both = (a, b) => {
      const left = a && this.keyTerms(a, hops + 1);
      const right = b && this.keyTerms(b, hops + 1);
      return left && right ? [...left, ...right] : void 0;
    };
    const name2 = this.builderFunction(node);
    if (name2 === "KeyAnd") return both(args2[0], args2[1]);
    const operator = name2?.startsWith("Key") ? KEY_METHODS[name2.slice("Key".length)] : void 0;
    if (name2 !== void 0) return operator && args2[0] ? this.keyTerm(args2[0], operator) : void 0;
    const callee = node.childForFieldName("function");
    const method = callee?.childForFieldName("field")?.text ?? "";
    const subject = callee?.childForFieldName("operand");
    if (!subject) return void 0;
    if (method === "And") return both(subject, args2[0]);
    const chained = KEY_METHODS[method];
    return chained ? this.keyTerm(subject, chained) : void 0;
  }
  /** `expression.Key("pk")` with an operator → one term, when the name is literal. */
  keyTerm(key, operator) {
    const name2 = argumentsOf(key.childForFieldName("arguments"))[0];
    const attribute = this.builderFunction(key) === "Key" && name2 ? constantString(this.values, name2) : void 0;
    return attribute === void 0 ? void 0 : [{ attribute, operator, node: key }];
  }
  /**
   * The attributes an update builder writes: the names its `Set`/`Add`/`Remove`/`Delete` steps target
   * (`expression.Set(expression.Name("status"), v).Remove(expression.Name("draft"))`), not those read on
   * a right-hand side. Unknown when a step or a name is not written out.
   */
  updateTargets(node, hops = 0) {
    if (hops > 16) return void 0;
    if (node.type === "identifier") {
      const bound = this.values.bound(node);
      return bound ? this.updateTargets(bound, hops + 1) : void 0;
    }
    if (node.type === "composite_literal") return [];
    if (node.type !== "call_expression") return void 0;
    const callee = node.childForFieldName("function");
    const step = callee?.childForFieldName("field")?.text ?? "";
    if (!UPDATE_STEPS.has(step)) return void 0;
    const target = argumentsOf(node.childForFieldName("arguments"))[0];
    const name2 = target && this.builderFunction(target) === "Name" ? argumentsOf(target.childForFieldName("arguments"))[0] : void 0;
    const attribute = name2 ? constantString(this.values, name2) : void 0;
    if (attribute === void 0) return void 0;
    const operand = callee?.childForFieldName("operand");
    const before = this.builderFunction(node) === step ? [] : operand ? this.updateTargets(operand, hops + 1) : void 0;
    return before && (before.includes(attribute) ? before : [...before, attribute]);
  }
  /**
   * The attribute names a condition built with `expression.Name("status").Equal(…)` reads. Values
   * (`expression.Value(x)`) are skipped; any other name the file cannot follow makes it unknown.
   */
  conditionNames(node, hops = 0) {
    const names = [];
    const visit = (at, depth) => {
      if (depth > 64) return false;
      const builder = this.builderFunction(at);
      if (builder === "Value") return true;
      if (builder === "Name" || builder === "Key") {
        const arg = argumentsOf(at.childForFieldName("arguments"))[0];
        const name2 = arg ? constantString(this.values, arg) : void 0;
        if (name2 === void 0) return false;
        if (!names.includes(name2)) names.push(name2);
        return true;
      }
      if (at.type === "identifier") {
        if (this.expressions.has(at.text)) return true;
        const bound = hops < 4 ? this.values.bound(at) : void 0;
        const inner = bound && this.conditionNames(bound, hops + 1);
        if (!inner) return false;
        for (const name2 of inner) if (!names.includes(name2)) names.push(name2);
        return true;
      }
      return argumentsOf(at).every((child) => visit(child, depth + 1));
    };
    return visit(node, 0) ? names : void 0;
  }
  /** `&dynamodb.ScanInput{…}`, `dynamodb.ScanInput{…}`, or a variable bound to one. */
  input(node, type, depth = 0) {
    if (!node || depth > 4) return void 0;
    if (node.type === "unary_expression")
      return this.input(node.childForFieldName("operand") ?? void 0, type, depth + 1);
    if (node.type === "identifier") return this.input(this.bindings.get(node.text, node), type, depth + 1);
    if (node.type === "parameter_declaration") {
      const declared = node.childForFieldName("type");
      const named = declared?.type === "pointer_type" ? declared.namedChildren[0] : declared;
      if (named?.type !== "qualified_type" || named.childForFieldName("name")?.text !== type)
        return void 0;
      const library2 = this.packages.get(named.childForFieldName("package")?.text ?? "");
      return library2 ? { body: void 0, library: library2 } : void 0;
    }
    if (node.type !== "composite_literal") return void 0;
    const literalType = node.childForFieldName("type");
    if (literalType?.type !== "qualified_type" || literalType.childForFieldName("name")?.text !== type)
      return void 0;
    const library = this.packages.get(literalType.childForFieldName("package")?.text ?? "");
    return library ? { body: node.childForFieldName("body") ?? void 0, library } : void 0;
  }
  scan(node, body2, library, request) {
    const table = body2 ? this.field(body2, "TableName") : void 0;
    const segments = body2 ? this.field(body2, "TotalSegments") : void 0;
    const facts = { table, segments: segments && unwrap(segments), request };
    const fields = this.fields(body2, request);
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS3, fields, body2 ? void 0 : request);
  }
  field(body2, name2) {
    for (const element of body2.namedChildren) {
      if (element.type !== "keyed_element") continue;
      const [key, value] = element.namedChildren;
      if (key?.text === name2 && value) return elementValue(value);
    }
    return void 0;
  }
  values = {
    literal: stringValue2,
    environment: environmentVariable,
    bound: (node) => {
      const bound = node.type === "identifier" ? this.bindings.get(node.text, node) : void 0;
      return bound?.type === "parameter_declaration" ? void 0 : bound;
    },
    unwrap,
    // fmt.Sprintf("SELECT * FROM \"%v\"", table)
    template: (node) => {
      if (node.type !== "call_expression" || node.childForFieldName("function")?.text !== "fmt.Sprintf")
        return void 0;
      const [format, ...args2] = argumentsOf(node.childForFieldName("arguments"));
      const text = format ? stringValue2(format) : void 0;
      return text === void 0 ? void 0 : printfParts(text, args2);
    },
    concatenation: plusOperands
  };
};
function selectConstant(node) {
  const name2 = node.type === "selector_expression" ? node.childForFieldName("field")?.text : void 0;
  const words = name2 && /^Select((?:[A-Z][a-z]+)+)$/.exec(name2)?.[1];
  return words ? words.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toUpperCase() : void 0;
}
function elementValue(node) {
  return node.type === "literal_element" ? node.namedChildren[0] ?? node : node;
}
function unwrap(node) {
  if (node.type === "unary_expression") return unwrap(node.childForFieldName("operand") ?? node);
  if (node.type === "call_expression" && /^aws\.(String|Int32|Int64|Bool)$/.test(node.childForFieldName("function")?.text ?? "")) {
    const arg = argumentsOf(node.childForFieldName("arguments"))[0];
    return arg ? unwrap(arg) : node;
  }
  return node;
}
function stringValue2(node) {
  if (node?.type === "raw_string_literal") return node.namedChildren.map((c) => c.text).join("");
  if (node?.type !== "interpreted_string_literal") return void 0;
  return node.namedChildren.map((c) => c.type === "escape_sequence" ? unescapeSequence(c.text) : c.text).join("");
}
function environmentVariable(node) {
  if (node.type !== "call_expression") return void 0;
  const callee = node.childForFieldName("function")?.text;
  if (callee !== "os.Getenv" && callee !== "os.LookupEnv") return void 0;
  return stringValue2(argumentsOf(node.childForFieldName("arguments"))[0]);
}

// src/code/java.ts
var PACKAGES2 = [
  ["com.amazonaws.services.dynamodbv2", "aws-sdk-java"],
  ["software.amazon.awssdk.services.dynamodb", "aws-sdk-java-v2"],
  ["software.amazon.awssdk.enhanced.dynamodb", "aws-sdk-java-v2-enhanced"]
];
var TYPES2 = {
  AmazonDynamoDB: "client",
  AmazonDynamoDBClient: "client",
  AmazonDynamoDBAsync: "client",
  AmazonDynamoDBAsyncClient: "client",
  DynamoDbClient: "client",
  DynamoDbAsyncClient: "client",
  DynamoDBMapper: "mapper",
  IDynamoDBMapper: "mapper",
  DynamoDbEnhancedClient: "enhanced-client",
  DynamoDbEnhancedAsyncClient: "enhanced-client",
  DynamoDbTable: "enhanced-table",
  DynamoDbAsyncTable: "enhanced-table",
  DynamoDbIndex: "enhanced-table",
  DynamoDbAsyncIndex: "enhanced-table",
  DynamoDB: "document",
  Table: "document-table",
  Index: "document-table",
  ScanRequest: "request",
  ScanEnhancedRequest: "request",
  DynamoDBScanExpression: "request",
  ScanSpec: "request",
  ExecuteStatementRequest: "request",
  QueryRequest: "request",
  QueryEnhancedRequest: "request",
  QuerySpec: "request",
  DynamoDBQueryExpression: "request",
  GetItemRequest: "request",
  PutItemRequest: "request",
  UpdateItemRequest: "request",
  DeleteItemRequest: "request",
  BatchGetItemRequest: "request",
  BatchWriteItemRequest: "request",
  TransactGetItemsRequest: "request",
  TransactWriteItemsRequest: "request"
};
var SCAN_METHODS3 = /* @__PURE__ */ new Set(["scan", "scanPaginator", "parallelScan", "scanPage"]);
var CLIENT_OPERATIONS2 = {
  getItem: "GetItem",
  query: "Query",
  queryPaginator: "Query",
  putItem: "PutItem",
  updateItem: "UpdateItem",
  deleteItem: "DeleteItem",
  batchGetItem: "BatchGetItem",
  batchGetItemPaginator: "BatchGetItem",
  batchWriteItem: "BatchWriteItem",
  transactGetItems: "TransactGetItems",
  transactWriteItems: "TransactWriteItems"
};
var TABLE_OPERATIONS2 = {
  getItem: "GetItem",
  query: "Query",
  putItem: "PutItem",
  updateItem: "UpdateItem",
  deleteItem: "DeleteItem"
};
var MAPPER_OPERATIONS = {
  load: "GetItem",
  query: "Query",
  queryPage: "Query",
  save: "PutItem",
  delete: "DeleteItem",
  batchLoad: "BatchGetItem",
  batchSave: "BatchWriteItem",
  batchWrite: "BatchWriteItem",
  batchDelete: "BatchWriteItem",
  transactionLoad: "TransactGetItems",
  transactionWrite: "TransactWriteItems"
};
var ENHANCED_CLIENT_OPERATIONS = {
  batchGetItem: "BatchGetItem",
  batchWriteItem: "BatchWriteItem",
  transactGetItems: "TransactGetItems",
  transactWriteItems: "TransactWriteItems"
};
var FIELD_ALIASES = {
  ExpressionAttributeNames: ["expressionAttributeNames", "withExpressionAttributeNames", "withNameMap"],
  FilterExpression: ["filterExpression", "withFilterExpression"]
};
var SCOPES3 = {
  method_declaration: nameField,
  constructor_declaration: nameField,
  class_declaration: nameField,
  record_declaration: nameField,
  enum_declaration: nameField
};
var FUNCTIONS4 = /* @__PURE__ */ new Set(["method_declaration", "constructor_declaration", "lambda_expression", "program"]);
var PATTERNS3 = [
  ...[
    "import_declaration",
    "field_declaration",
    "local_variable_declaration",
    "formal_parameter",
    "class_declaration"
  ].map((type) => ({ type, pattern: `(${type}) @declaration` })),
  // `request.setIndexName("byCustomer");`, `query.withHashKeyValues(key);`: a setter run as a statement.
  {
    type: "expression_statement",
    pattern: `(expression_statement (method_invocation
      object: (identifier)
      name: (identifier) @_setter
      (#match? @_setter "^(set|with)[A-Z]"))) @declaration`
  },
  {
    type: "method_invocation",
    pattern: `(method_invocation
      name: (identifier) @_method
      (#any-of? @_method "scan" "scanPaginator" "parallelScan" "scanPage" "executeStatement" "getItem" "query"
        "queryPaginator" "putItem" "updateItem" "deleteItem" "batchGetItem" "batchGetItemPaginator"
        "batchWriteItem" "transactGetItems" "transactWriteItems" "load" "queryPage" "save" "delete"
        "batchLoad" "batchSave" "batchWrite" "batchDelete" "transactionLoad" "transactionWrite")) @candidate`
  }
];
var javaDetector = {
  patterns: PATTERNS3,
  scopes: SCOPES3,
  forFile(declarations) {
    const file = new JavaFile(declarations);
    return file.types.size ? file : void 0;
  }
};
var JavaFile = class {
  /** Simple type name → SDK, for the DynamoDB types this file can name. */
  types = /* @__PURE__ */ new Map();
  bindings = new ScopedNames(FUNCTIONS4);
  /** `@DynamoDBTable(tableName = "orders") class Order`: mapped class → the table name's expression. */
  mapped = /* @__PURE__ */ new Map();
  /** Setter statements by the name of the request they set (`request.setIndexName(…)`). */
  setters = new ScopedNames(FUNCTIONS4);
  constructor(declarations) {
    for (const declaration of declarations.filter((d) => d.type === "import_declaration")) {
      const name2 = declaration.namedChildren.find((c) => c.type === "scoped_identifier")?.text ?? "";
      const library = PACKAGES2.find(([prefix]) => name2.startsWith(prefix))?.[1];
      if (!library) continue;
      const wildcard = declaration.namedChildren.some((c) => c.type === "asterisk");
      if (wildcard) {
        for (const type of Object.keys(TYPES2)) if (!this.types.has(type)) this.types.set(type, library);
      } else {
        const simple = name2.slice(name2.lastIndexOf(".") + 1);
        if (TYPES2[simple]) this.types.set(simple, library);
      }
    }
    if (this.types.size === 0) return;
    for (const node of declarations) {
      if (node.type === "import_declaration") continue;
      if (node.type === "expression_statement") {
        const call = node.namedChildren[0];
        const object = call?.childForFieldName("object");
        if (call && object) this.setters.set(object.text, call, node);
        continue;
      }
      if (node.type === "class_declaration") {
        const name2 = node.childForFieldName("name")?.text;
        const table = mappedTable2(node);
        if (name2 && table) this.mapped.set(name2, table);
        continue;
      }
      const type = baseType2(node.childForFieldName("type"));
      const declarators = node.type === "formal_parameter" ? [node] : node.childrenForFieldName("declarator");
      for (const declarator of declarators) {
        const name2 = declarator.childForFieldName("name")?.text;
        const value = declarator.childForFieldName("value") ?? void 0;
        if (name2)
          this.bindings.set(
            name2,
            {
              ...type && type !== "var" ? { type } : {},
              ...value ? { value } : {},
              ...node.type === "formal_parameter" ? { parameter: node } : {}
            },
            declarator
          );
      }
    }
  }
  /** The DynamoDB type an expression has, from declarations, constructors, builders and factories. */
  typeOf(node, depth = 0) {
    if (!node || depth > 8) return void 0;
    switch (node.type) {
      case "identifier":
      case "field_access": {
        const name2 = node.type === "field_access" ? node.childForFieldName("field")?.text : node.text;
        const declared = name2 ? this.bindings.get(name2, node) : void 0;
        if (declared?.type) return this.known(declared.type);
        if (node.type === "identifier" && !declared) return this.known(node.text);
        return this.typeOf(declared?.value, depth + 1);
      }
      case "object_creation_expression":
        return this.known(baseType2(node.childForFieldName("type")) ?? "");
      case "parenthesized_expression":
      case "cast_expression":
        return this.typeOf(node.childForFieldName("value") ?? node.namedChildren.at(-1), depth + 1);
      case "method_invocation": {
        const method = node.childForFieldName("name")?.text;
        const object = this.typeOf(node.childForFieldName("object"), depth + 1);
        if (!object) return void 0;
        if (object.role === "enhanced-client" && method === "table")
          return { ...object, role: "enhanced-table", type: "DynamoDbTable" };
        if (object.role === "document" && method === "getTable")
          return { ...object, role: "document-table", type: "Table" };
        return object;
      }
      default:
        return void 0;
    }
  }
  known(type) {
    const library = this.types.get(type);
    const role = TYPES2[type];
    return library && role ? { role, library, type } : void 0;
  }
  detect(node) {
    const method = node.childForFieldName("name")?.text ?? "";
    const receiver = this.typeOf(node.childForFieldName("object"));
    const args2 = argumentsOf(node.childForFieldName("arguments"));
    const request = args2.map((a) => ({ node: a, typed: this.typeOf(a) })).find((a) => a.typed?.role === "request");
    const chain = request ? this.builderCalls(request.node) : new Map(args2.flatMap((a) => lambdaCalls(a)));
    const role = receiver?.role;
    if (method === "executeStatement") {
      if (role !== "client" && request?.typed?.type !== "ExecuteStatementRequest") return void 0;
      const statement = chain.get("statement") ?? chain.get("withStatement");
      const library2 = receiver?.library ?? request?.typed?.library ?? "aws-sdk-java-v2";
      const passed = statement ? this.passedIn(statement) : void 0;
      if (passed) {
        return passed.flatMap(({ call, value }) => {
          const text2 = statementText(this.values, value);
          return text2 === void 0 ? [] : [{ node: call, operation: "ExecuteStatement", library: library2, statement: text2 }];
        });
      }
      const text = statement ? statementText(this.values, statement) : void 0;
      return text === void 0 ? void 0 : { node, operation: "ExecuteStatement", library: library2, statement: text };
    }
    if (!SCAN_METHODS3.has(method)) return this.operation(node, method, receiver, args2, request, chain);
    if (role === "mapper" || request?.typed?.type === "DynamoDBScanExpression") {
      const parallel = method === "parallelScan";
      const total = parallel ? integerLiteral(args2[2]?.text) : void 0;
      const entity = args2[0]?.type === "class_literal" ? baseType2(args2[0].namedChildren[0]) : void 0;
      const table = entity ? this.mapped.get(entity) : void 0;
      return {
        node,
        operation: parallel ? "ParallelScan" : "Scan",
        library: "aws-sdk-java (DynamoDBMapper)",
        ...table ? { table: tableReference(this.values, table) } : entity ? { entity } : {},
        ...total !== void 0 ? { totalSegments: total } : {},
        // scan() and parallelScan() return lists that load every page lazily; scanPage() reads one.
        paginated: method === "scanPage" ? readsPages(enclosing(node, FUNCTIONS4) ?? node) : true
      };
    }
    if (role === "enhanced-table" || role === "document-table") {
      const tableNode = this.tableOfReceiver(node.childForFieldName("object"));
      return this.scan(node, receiver?.library ?? "aws-sdk-java-v2-enhanced", chain, tableNode, true);
    }
    if (role !== "client" && !request) return void 0;
    if (!receiver && this.declaredElsewhere(node.childForFieldName("object"))) return void 0;
    const library = receiver?.library ?? request?.typed?.library ?? "aws-sdk-java-v2";
    const tableArgument = !request && args2[0] && this.isStringLike(args2[0]) ? args2[0] : void 0;
    return this.scan(
      node,
      library,
      chain,
      tableArgument,
      method === "scanPaginator" ? true : void 0,
      request?.node
    );
  }
  scan(node, library, chain, table, paginated, request) {
    const tableNode = chain.get("tableName") ?? chain.get("withTableName") ?? chain.get("<constructor>") ?? table;
    const segments = chain.get("totalSegments") ?? chain.get("withTotalSegments");
    const facts = { table: tableNode, segments, paginated, request };
    const fields = this.fields(this.withStatements(chain, request));
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS4, fields, this.opaque(request));
  }
  /** Every data-plane call other than a Scan or a PartiQL statement. */
  operation(node, method, receiver, args2, request, chain) {
    const role = receiver?.role;
    const receiverNode = node.childForFieldName("object");
    if (role === "mapper") return this.mapperOperation(node, method, args2, request, chain);
    if (role === "enhanced-table" || role === "document-table") {
      const operation2 = TABLE_OPERATIONS2[method];
      if (!operation2) return void 0;
      const table2 = this.tableOfReceiver(receiverNode);
      const library2 = receiver?.library ?? "aws-sdk-java-v2-enhanced";
      const index = this.indexOfReceiver(receiverNode);
      return {
        node,
        operation: operation2,
        library: library2,
        ...table2 ? { table: tableReference(this.values, table2) } : {},
        ...role === "enhanced-table" ? this.enhancedAccess(operation2, args2, chain) : this.documentAccess(operation2, args2, chain),
        ...index && { index: detected(index, constantString(this.values, index)) },
        // Both return iterables that fetch every page as they are read (PageIterable, ItemCollection).
        ...operation2 === "Query" && { paginated: true }
      };
    }
    if (role === "enhanced-client") {
      const operation2 = ENHANCED_CLIENT_OPERATIONS[method];
      return operation2 ? { node, operation: operation2, library: receiver?.library ?? "", ...batchHandling(operation2, node) } : void 0;
    }
    const operation = CLIENT_OPERATIONS2[method];
    if (!operation || role !== "client" && !request) return void 0;
    if (request && request.typed?.type !== `${operation}Request`) return void 0;
    if (!receiver && this.declaredElsewhere(receiverNode)) return void 0;
    const library = receiver?.library ?? request?.typed?.library ?? "aws-sdk-java-v2";
    const fields = this.fields(this.withStatements(chain, request?.node));
    const found = {
      node,
      operation,
      library,
      ...requestAccess(operation, fields, this.opaque(request?.node)),
      ...batchHandling(operation, node, method.endsWith("Paginator")),
      ...operation === "Query" && queryPaging(
        node,
        { request: request?.node, paginated: method.endsWith("Paginator") || void 0 },
        this.values,
        FUNCTIONS4
      )
    };
    const first = args2[0];
    const table = fields.field("TableName") ?? chain.get("<constructor>") ?? (!request && first && this.isStringLike(first) ? first : void 0);
    return withTables(found, fields, this.values, table);
  }
  opaque(request) {
    return opaqueName(request, this.values);
  }
  /**
   * A request's builder calls with the setters later statements run on the variable holding it
   * (`request.setIndexName(…)`, `query.withHashKeyValues(…)`), each under its `with…` name.
   */
  withStatements(chain, request) {
    const calls = new Map(chain);
    if (request?.type !== "identifier") return calls;
    for (const call of this.setters.all(request.text, request)) {
      const name2 = call.childForFieldName("name")?.text ?? "";
      const value = argumentsOf(call.childForFieldName("arguments"))[0];
      const key = name2.replace(/^set/, "with");
      if (value && !calls.has(key)) calls.set(key, value);
    }
    return calls;
  }
  /** Builder setters (`indexName(…)`, v1's `withIndexName(…)`) as request fields. */
  fields(chain) {
    return {
      field: (name2) => {
        const setters = FIELD_ALIASES[name2] ?? [lowerFirst(name2), `with${name2}`];
        for (const setter of setters) {
          const value = chain.get(setter);
          if (value) return value;
        }
        return void 0;
      },
      string: (node) => constantString(this.values, node) ?? enumConstant2(node),
      entries: (node) => this.mapEntries(node),
      boolean: (node) => this.booleanValue(node),
      filterBuilder: (node) => this.expressionAttributes(node)
    };
  }
  /** `Map.of(k, v, …)`, `Map.ofEntries(Map.entry(k, v), …)`, the document API's `new NameMap().with(k, v)`. */
  mapEntries(node) {
    return throughNames(node, this.values, (literal) => this.mapLiteral(literal));
  }
  mapLiteral(node) {
    if (node.type === "object_creation_expression") return [];
    if (node.type !== "method_invocation") return void 0;
    const name2 = node.childForFieldName("name")?.text;
    const object = node.childForFieldName("object");
    const args2 = argumentsOf(node.childForFieldName("arguments"));
    if (name2 === "of" && /^(Map|ImmutableMap)$/.test(object?.text ?? "") && args2.length % 2 === 0)
      return args2.flatMap((key, i2) => {
        const value = args2[i2 + 1];
        return i2 % 2 === 0 && value ? [{ key, value }] : [];
      });
    if (name2 === "ofEntries" && object?.text === "Map") {
      const entries = args2.map((entry) => {
        const [key, value] = entry.type === "method_invocation" && entry.childForFieldName("name")?.text === "entry" ? argumentsOf(entry.childForFieldName("arguments")) : [];
        return key && value ? { key, value } : void 0;
      });
      return entries.every((e) => e !== void 0) ? entries : void 0;
    }
    if (name2 === "with" && object && args2[0] && args2[1]) {
      const before = this.mapLiteral(object);
      return before ? [...before, { key: args2[0], value: args2[1] }] : void 0;
    }
    return void 0;
  }
  booleanValue(node) {
    return throughNames(
      node,
      this.values,
      (n) => n.type === "true" || n.type === "false" ? n.type === "true" : void 0
    );
  }
  /** The enhanced client's `Expression.builder().expression("#s = :s").expressionNames(…)`: the attributes read. */
  expressionAttributes(node) {
    const calls = this.builderCalls(node);
    const expression = calls.get("expression");
    const text = expression ? constantString(this.values, expression) : void 0;
    if (text === void 0) return void 0;
    const map = calls.get("expressionNames");
    const names = attributeNames(map && this.mapEntries(map), (n) => constantString(this.values, n));
    return conditionAttributes(text, names);
  }
  /**
   * The enhanced client: key attribute names come from the table schema (the bean's annotations), not
   * the call, so a query's key condition is unknown; its filter is an `Expression` the call may spell out.
   */
  enhancedAccess(operation, args2, chain) {
    if (operation !== "Query" && operation !== "GetItem") return {};
    const fields = this.fields(chain);
    const consistent = fields.field("ConsistentRead");
    const consistentRead = consistent && {
      consistentRead: detected(consistent, this.booleanValue(consistent))
    };
    if (operation === "GetItem") return { ...consistentRead };
    const filterNode = fields.field("FilterExpression");
    const conditional = chain.get("queryConditional") ?? args2[0];
    return {
      ...conditional && {
        keyCondition: { node: conditional, reason: "key attributes come from the table schema" }
      },
      ...filterNode && { filter: detected(filterNode, this.expressionAttributes(filterNode)) },
      ...consistentRead
    };
  }
  /** The v1 document API: a `QuerySpec`, or `query("customerId", value)` naming the hash key. */
  documentAccess(operation, args2, chain) {
    const calls = this.withStatements(chain, args2[0]);
    const hashKey = operation === "Query" && args2.length >= 2 ? args2[0] : void 0;
    const attribute = hashKey ? constantString(this.values, hashKey) : void 0;
    if (hashKey && attribute !== void 0 && args2.length === 2)
      return { keyCondition: { node: hashKey, value: [{ attribute, operator: "=", node: hashKey }] } };
    if (hashKey) return { keyCondition: { node: hashKey, reason: "computed at run time" } };
    return {
      ...requestAccess(operation, this.fields(calls), this.opaque(args2[0])),
      ...operation === "Query" && this.addedKeyTerms(calls, ["withHashKey", "withRangeKeyCondition"])
    };
  }
  /**
   * Setters that put key terms into a query beside its key condition expression: the expression alone
   * is then not the whole condition, so it is unknown rather than read as complete.
   */
  addedKeyTerms(chain, setters) {
    const added = setters.map((setter) => chain.get(setter)).find((node) => node !== void 0);
    return added ? { keyCondition: { node: added, reason: "key terms come from the mapped object or key attribute" } } : {};
  }
  /** DynamoDBMapper: the entity's table from its `@DynamoDBTable`, a query expression's facts; batches retry. */
  mapperOperation(node, method, args2, request, chain) {
    const operation = MAPPER_OPERATIONS[method];
    if (!operation) return void 0;
    const first = args2[0];
    const entity = first?.type === "class_literal" ? baseType2(first.namedChildren[0]) : first?.type === "identifier" ? this.bindings.get(first.text, first)?.type : void 0;
    const table = entity ? this.mapped.get(entity) : void 0;
    const batch = method.startsWith("batch");
    const query = operation === "Query" && request?.typed?.type === "DynamoDBQueryExpression";
    const calls = this.withStatements(chain, request?.node);
    const fields = this.fields(calls);
    const access = query ? requestAccess("Query", fields, this.opaque(request.node)) : {};
    const keyCondition = query && this.addedKeyTerms(calls, ["withHashKeyValues", "withRangeKeyConditions"]);
    return {
      node,
      operation,
      library: "aws-sdk-java (DynamoDBMapper)",
      ...table ? { table: tableReference(this.values, table) } : entity && !batch ? { entity } : {},
      ...access,
      ...keyCondition,
      ...batch ? { unprocessedHandled: true } : {},
      ...operation === "Query" ? { paginated: method === "query" ? true : readsPages(enclosing(node, FUNCTIONS4) ?? node) } : {}
    };
  }
  /** The index a receiver was obtained with: `table.index("byCustomer")`, `table.getIndex("byCustomer")`. */
  indexOfReceiver(receiver, depth = 0) {
    if (!receiver || depth > 4) return void 0;
    if (receiver.type === "identifier" || receiver.type === "field_access") {
      const name2 = receiver.type === "field_access" ? receiver.childForFieldName("field")?.text : receiver.text;
      return this.indexOfReceiver(
        name2 ? this.bindings.get(name2, receiver)?.value ?? null : null,
        depth + 1
      );
    }
    if (receiver.type === "method_invocation" && /^(index|getIndex)$/.test(receiver.childForFieldName("name")?.text ?? ""))
      return argumentsOf(receiver.childForFieldName("arguments"))[0];
    return void 0;
  }
  /**
   * When `value` is a parameter of its method: the file's calls of that method and what each passes
   * for it. Undefined when it is not a parameter.
   */
  passedIn(value) {
    if (value.type !== "identifier") return void 0;
    const parameter = this.bindings.get(value.text, value)?.parameter;
    const method = parameter?.parent?.parent;
    if (!parameter?.parent || method?.type !== "method_declaration") return void 0;
    const index = argumentsOf(parameter.parent).findIndex((p) => p.equals(parameter));
    const name2 = method.childForFieldName("name")?.text;
    const root = method.tree.rootNode;
    return root.descendantsOfType("method_invocation").flatMap((call) => {
      if (call.childForFieldName("name")?.text !== name2) return [];
      const argument = argumentsOf(call.childForFieldName("arguments"))[index];
      return argument ? [{ call, value: argument }] : [];
    });
  }
  /** Builder and setter calls on a request, by method name → first argument (the request may be a variable). */
  builderCalls(node, depth = 0) {
    const calls = /* @__PURE__ */ new Map();
    let at = node;
    for (let steps = 0; at && steps < 64; steps += 1) {
      if (at.type === "identifier" && depth < 4) {
        const value = this.bindings.get(at.text, at)?.value;
        for (const [k, v] of value ? this.builderCalls(value, depth + 1) : [])
          if (!calls.has(k)) calls.set(k, v);
        break;
      }
      if (at.type === "object_creation_expression") {
        const first2 = argumentsOf(at.childForFieldName("arguments"))[0];
        if (first2) calls.set("<constructor>", first2);
        break;
      }
      if (at.type !== "method_invocation") break;
      const name2 = at.childForFieldName("name")?.text;
      const first = argumentsOf(at.childForFieldName("arguments"))[0];
      if (name2 && first && !calls.has(name2)) calls.set(name2, first);
      at = at.childForFieldName("object");
    }
    return calls;
  }
  /** The table name an enhanced or document table was obtained with: `…table("orders", schema)`. */
  tableOfReceiver(receiver, depth = 0) {
    if (!receiver || depth > 4) return void 0;
    if (receiver.type === "identifier" || receiver.type === "field_access") {
      const name2 = receiver.type === "field_access" ? receiver.childForFieldName("field")?.text : receiver.text;
      return this.tableOfReceiver(
        name2 ? this.bindings.get(name2, receiver)?.value ?? null : null,
        depth + 1
      );
    }
    if (receiver.type !== "method_invocation") return void 0;
    const method = receiver.childForFieldName("name")?.text ?? "";
    if (/^(table|getTable)$/.test(method)) return argumentsOf(receiver.childForFieldName("arguments"))[0];
    if (/^(index|getIndex)$/.test(method))
      return this.tableOfReceiver(receiver.childForFieldName("object"), depth + 1);
    return void 0;
  }
  /** No receiver (`scan(request)`), `this`/`super`, or a name declared with a type the SDKs do not have. */
  declaredElsewhere(receiver) {
    if (!receiver || receiver.type === "this" || receiver.type === "super") return true;
    const name2 = receiver.type === "field_access" ? receiver.childForFieldName("field")?.text : receiver.text;
    const type = name2 ? this.bindings.get(name2, receiver)?.type : void 0;
    return type !== void 0 && !TYPES2[type];
  }
  isStringLike(node) {
    if (node.type === "string_literal") return true;
    if (node.type === "identifier") return this.bindings.get(node.text, node)?.type === "String";
    return node.type === "method_invocation" && node.childForFieldName("name")?.text === "getenv";
  }
  values = {
    literal: stringValue3,
    environment: (node) => node.type === "method_invocation" && node.childForFieldName("object")?.text === "System" && node.childForFieldName("name")?.text === "getenv" ? stringValue3(argumentsOf(node.childForFieldName("arguments"))[0]) : void 0,
    // A constant, also through its class: `TABLE`, `Tables.ORDERS`.
    bound: (node) => {
      const name2 = node.type === "field_access" ? node.childForFieldName("field") : node;
      return name2?.type === "identifier" ? this.bindings.get(name2.text, node)?.value : void 0;
    },
    // String.format("SELECT * FROM %s", table), "SELECT * FROM %s".formatted(table)
    template: (node) => {
      if (node.type !== "method_invocation") return void 0;
      const name2 = node.childForFieldName("name")?.text;
      const object = node.childForFieldName("object");
      const args2 = argumentsOf(node.childForFieldName("arguments"));
      if (name2 === "format" && object?.text === "String") {
        const [format, ...rest] = args2;
        const text2 = format ? stringValue3(format) : void 0;
        return text2 === void 0 ? void 0 : printfParts(text2, rest);
      }
      const text = name2 === "formatted" && object ? stringValue3(object) : void 0;
      return text === void 0 ? void 0 : printfParts(text, args2);
    },
    concatenation: plusOperands
  };
};
function mappedTable2(declaration) {
  const modifiers = declaration.namedChildren.find((c) => c.type === "modifiers");
  for (const annotation of modifiers?.namedChildren ?? []) {
    if (annotation.type !== "annotation" || annotation.childForFieldName("name")?.text !== "DynamoDBTable")
      continue;
    const pair = annotation.descendantsOfType("element_value_pair").find((p) => p.childForFieldName("key")?.text === "tableName");
    return pair?.childForFieldName("value") ?? void 0;
  }
  return void 0;
}
function baseType2(node) {
  if (!node) return void 0;
  if (node.type === "generic_type") return baseType2(node.namedChildren[0]);
  if (node.type === "scoped_type_identifier") return node.text.slice(node.text.lastIndexOf(".") + 1);
  return node.text;
}
function lambdaCalls(node) {
  if (node.type !== "lambda_expression") return [];
  return node.descendantsOfType("method_invocation").flatMap((call) => {
    const name2 = call.childForFieldName("name")?.text;
    const first = argumentsOf(call.childForFieldName("arguments"))[0];
    return name2 && first ? [[name2, first]] : [];
  });
}
function lowerFirst(name2) {
  return name2.charAt(0).toLowerCase() + name2.slice(1);
}
function enumConstant2(node) {
  if (node.type !== "field_access" || node.childForFieldName("object")?.text !== "Select") return void 0;
  return node.childForFieldName("field")?.text;
}
var JAVA_TEXT = /* @__PURE__ */ new Set(["string_fragment", "multiline_string_fragment"]);
function stringValue3(node) {
  if (node?.type !== "string_literal") return void 0;
  return joinStringParts(node.namedChildren, JAVA_TEXT);
}

// src/code/javascript-requests.ts
var READS2 = /* @__PURE__ */ new Set(["Query", "Scan", "ParallelScan"]);
function requestAccess2(source, params, operation) {
  if (!params) return {};
  const names = attributeNames2(source, params);
  const facts = {};
  const read = (key) => source.property(params, key);
  if (READS2.has(operation)) {
    const index = read("IndexName");
    if (index) facts.index = stringFact2(source, index);
    const filter = read("FilterExpression");
    const legacyFilter = read("ScanFilter") ?? read("QueryFilter");
    if (filter) facts.filter = expressionFact(source, filter, names, conditionAttributes);
    else if (legacyFilter) facts.filter = keysFact(source, legacyFilter);
    const select = read("Select");
    const selected = select && constantString(source.values, select);
    if (selected !== void 0) facts.select = selected;
  }
  if (operation === "Query") {
    const condition = read("KeyConditionExpression");
    const legacy = read("KeyConditions");
    if (condition) facts.keyCondition = expressionFact(source, condition, names, parseKeyCondition);
    else if (legacy) facts.keyCondition = legacyKeyCondition(source, legacy);
  }
  if (READS2.has(operation) || operation === "GetItem") {
    const consistent = read("ConsistentRead");
    if (consistent) facts.consistentRead = booleanFact2(source, consistent);
  }
  if (operation === "PutItem") {
    const item = read("Item");
    const written = item && literalKeys2(source, item);
    if (written) facts.writtenAttributes = written;
  }
  if (operation === "UpdateItem") {
    const update = read("UpdateExpression");
    const legacy = read("AttributeUpdates");
    const text = update && constantString(source.values, update);
    const written = text !== void 0 && names ? updatedAttributes(text, names) : legacy ? literalKeys2(source, legacy) : void 0;
    if (written) facts.writtenAttributes = written;
  }
  return facts;
}
function computed(node) {
  const text = node.text.replace(/\s+/g, " ");
  return `computed at run time (${text.length > 60 ? `${text.slice(0, 57)}\u2026` : text})`;
}
function stringFact2(source, node) {
  const value = constantString(source.values, node);
  return value !== void 0 ? { node, value } : { node, reason: computed(node) };
}
function booleanFact2(source, node) {
  let at = node;
  for (let hops = 0; at && hops < 4 && at.type !== "true" && at.type !== "false"; hops++)
    at = source.values.bound(at);
  return at?.type === "true" || at?.type === "false" ? { node, value: at.type === "true" } : { node, reason: computed(node) };
}
function attributeNames2(source, params) {
  const node = source.property(params, "ExpressionAttributeNames");
  if (!node) return /* @__PURE__ */ new Map();
  const object = source.objectOf(node);
  if (!object) return void 0;
  const names = /* @__PURE__ */ new Map();
  for (const entry of object.namedChildren) {
    if (entry.type === "comment") continue;
    if (entry.type !== "pair") return void 0;
    const key = keyText(source, entry.childForFieldName("key"));
    const value = entry.childForFieldName("value");
    const name2 = value ? constantString(source.values, value) : void 0;
    if (key === void 0 || name2 === void 0) return void 0;
    names.set(key, name2);
  }
  return names;
}
function expressionFact(source, node, names, read) {
  const text = constantString(source.values, node);
  if (text === void 0) return { node, reason: computed(node) };
  const value = names ? read(text, names) : void 0;
  return value !== void 0 ? { node, value } : {
    node,
    reason: "its ExpressionAttributeNames are not all literal, or the expression is not understood"
  };
}
function legacyKeyCondition(source, node) {
  const object = source.objectOf(node);
  const terms = [];
  for (const entry of object?.namedChildren ?? []) {
    if (entry.type === "comment") continue;
    const attribute = entry.type === "pair" ? keyText(source, entry.childForFieldName("key")) : void 0;
    const condition = source.objectOf(entry.childForFieldName("value") ?? void 0);
    const operatorNode = condition && source.property(condition, "ComparisonOperator");
    const operator = operatorNode && LEGACY_OPERATORS[constantString(source.values, operatorNode) ?? ""];
    if (attribute === void 0 || !operator) return { node, reason: computed(node) };
    terms.push({ attribute, operator });
  }
  return object && terms.length ? { node, value: terms } : { node, reason: computed(node) };
}
function keysFact(source, node) {
  const keys = literalKeys2(source, node);
  return keys ? { node, value: keys } : { node, reason: computed(node) };
}
function literalKeys2(source, node) {
  const object = source.objectOf(unmarshalled(node));
  if (!object) return void 0;
  const keys = [];
  for (const entry of object.namedChildren) {
    if (entry.type === "comment") continue;
    const key = entry.type === "pair" ? keyText(source, entry.childForFieldName("key")) : entry.type === "shorthand_property_identifier" ? entry.text : void 0;
    if (key === void 0) return void 0;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
function unmarshalled(node) {
  if (node.type !== "call_expression") return node;
  const callee = node.childForFieldName("function")?.text;
  const argument = node.childForFieldName("arguments")?.namedChildren[0];
  return callee === "marshall" && argument ? argument : node;
}
function keyText(source, key) {
  if (!key) return void 0;
  if (key.type === "property_identifier") return key.text;
  if (key.type === "string" || key.type === "number") return source.values.literal(key) ?? key.text;
  if (key.type === "computed_property_name") {
    const inner = key.namedChildren[0];
    return inner ? constantString(source.values, inner) : void 0;
  }
  return void 0;
}

// src/code/javascript.ts
var V3 = "aws-sdk-js-v3";
var V2 = "aws-sdk-js-v2";
function libraryOf(module2) {
  if (module2.startsWith("@aws-sdk/client-dynamodb") || module2.startsWith("@aws-sdk/lib-dynamodb")) return V3;
  if (module2 === "aws-sdk" || module2.startsWith("aws-sdk/")) return V2;
  if (module2 === "dynamoose" || module2.startsWith("dynamoose/")) return "dynamoose";
  if (module2 === "electrodb") return "electrodb";
  if (module2.startsWith("dynamodb-toolbox")) return "dynamodb-toolbox";
  if (module2.startsWith("dynamodb-onetable")) return "dynamodb-onetable";
  return void 0;
}
var CLIENT_CLASSES = /* @__PURE__ */ new Set([
  "DynamoDB",
  "DynamoDBClient",
  "DynamoDBDocument",
  "DynamoDBDocumentClient",
  "DocumentClient",
  "DynamoDB.DocumentClient"
]);
var SDK_COMMANDS = {
  GetItemCommand: "GetItem",
  GetCommand: "GetItem",
  PutItemCommand: "PutItem",
  PutCommand: "PutItem",
  UpdateItemCommand: "UpdateItem",
  UpdateCommand: "UpdateItem",
  DeleteItemCommand: "DeleteItem",
  DeleteCommand: "DeleteItem",
  QueryCommand: "Query",
  ScanCommand: "Scan",
  BatchGetItemCommand: "BatchGetItem",
  BatchGetCommand: "BatchGetItem",
  BatchWriteItemCommand: "BatchWriteItem",
  BatchWriteCommand: "BatchWriteItem",
  TransactGetItemsCommand: "TransactGetItems",
  TransactGetCommand: "TransactGetItems",
  TransactWriteItemsCommand: "TransactWriteItems",
  TransactWriteCommand: "TransactWriteItems",
  ExecuteStatementCommand: "ExecuteStatement",
  BatchExecuteStatementCommand: "BatchExecuteStatement",
  ExecuteTransactionCommand: "ExecuteTransaction"
};
var CLIENT_METHODS = {
  getItem: "GetItem",
  get: "GetItem",
  putItem: "PutItem",
  put: "PutItem",
  updateItem: "UpdateItem",
  update: "UpdateItem",
  deleteItem: "DeleteItem",
  delete: "DeleteItem",
  query: "Query",
  scan: "Scan",
  batchGetItem: "BatchGetItem",
  batchGet: "BatchGetItem",
  batchWriteItem: "BatchWriteItem",
  batchWrite: "BatchWriteItem",
  transactGetItems: "TransactGetItems",
  transactGet: "TransactGetItems",
  transactWriteItems: "TransactWriteItems",
  transactWrite: "TransactWriteItems",
  executeStatement: "ExecuteStatement",
  batchExecuteStatement: "BatchExecuteStatement",
  executeTransaction: "ExecuteTransaction"
};
var COMMON_METHODS = /* @__PURE__ */ new Set(["get", "put", "update", "delete", "query"]);
var REQUEST_PARAMETERS = /* @__PURE__ */ new Set([
  ...SCAN_PARAMETERS,
  "KeyConditionExpression",
  "KeyConditions",
  "IndexName",
  "UpdateExpression",
  "ConditionExpression",
  "RequestItems",
  "TransactItems"
]);
var MODEL_METHODS = {
  get: "GetItem",
  put: "PutItem",
  create: "PutItem",
  upsert: "PutItem",
  update: "UpdateItem",
  patch: "UpdateItem",
  delete: "DeleteItem",
  remove: "DeleteItem",
  query: "Query",
  find: "Query",
  batchGet: "BatchGetItem",
  batchPut: "BatchWriteItem",
  batchDelete: "BatchWriteItem",
  batchWrite: "BatchWriteItem"
};
var TOOLBOX_COMMANDS = {
  ScanCommand: "Scan",
  QueryCommand: "Query",
  GetItemCommand: "GetItem",
  PutItemCommand: "PutItem",
  UpdateItemCommand: "UpdateItem",
  DeleteItemCommand: "DeleteItem",
  BatchGetCommand: "BatchGetItem",
  BatchWriteCommand: "BatchWriteItem"
};
var CLIENT_NAME = /dynamo|ddb|doc(ument)?client/i;
var SCOPES4 = {
  function_declaration: nameField,
  generator_function_declaration: nameField,
  method_definition: nameField,
  class_declaration: nameField,
  function_expression: (node) => nameField(node) ?? declaredName(node),
  arrow_function: (node) => declaredName(node)
};
function declaredName(node) {
  const parent = node.parent;
  if (parent?.type === "variable_declarator") return parent.childForFieldName("name")?.text;
  if (parent?.type === "pair") return parent.childForFieldName("key")?.text;
  if (parent?.type === "assignment_expression") return parent.childForFieldName("left")?.text;
  return void 0;
}
var FUNCTIONS5 = /* @__PURE__ */ new Set([
  "function_declaration",
  "generator_function_declaration",
  "method_definition",
  "function_expression",
  "arrow_function",
  "program"
]);
var PATTERNS4 = [
  ...[
    "import_statement",
    "variable_declarator",
    "assignment_expression",
    "public_field_definition",
    "field_definition",
    "required_parameter",
    "optional_parameter"
  ].map((type) => ({ type, pattern: `(${type}) @declaration` })),
  { type: "new_expression", pattern: "(new_expression) @candidate" },
  {
    type: "call_expression",
    pattern: '(call_expression function: (identifier) @_function (#match? @_function "[sS]can|[qQ]uery")) @candidate'
  },
  {
    type: "call_expression",
    pattern: `(call_expression
      function: (member_expression property: (property_identifier) @_method)
      (#any-of? @_method ${[
      .../* @__PURE__ */ new Set([...Object.keys(CLIENT_METHODS), ...Object.keys(MODEL_METHODS), "build", "go", "pages"])
    ].map((method) => `"${method}"`).join(" ")})) @candidate`
  }
];
var javascriptDetector = {
  patterns: PATTERNS4,
  scopes: SCOPES4,
  forFile: (declarations) => new JsFile(declarations)
};
var JsFile = class {
  bindings = new ScopedNames(FUNCTIONS5, (name2) => name2.startsWith("this."));
  /** The DynamoDB library the file imports (SDK v3 first), for calls tied only by their parameters. */
  fileLibrary;
  importedLibraries = /* @__PURE__ */ new Set();
  /** Names starting `Unprocessed` the file's code holds, collected once when a batch call asks. */
  constructor(declarations) {
    for (const node of declarations) this.declare(node);
    this.fileLibrary = [V3, V2, "dynamoose", "dynamodb-toolbox", "dynamodb-onetable", "electrodb"].find(
      (library) => this.importedLibraries.has(library)
    );
  }
  bind(name2, binding, declaration) {
    if (binding.kind === "import") {
      const library = libraryOf(binding.module);
      if (library) this.importedLibraries.add(library);
    }
    this.bindings.set(name2, binding, declaration);
  }
  declare(node) {
    switch (node.type) {
      case "import_statement":
        return this.declareImport(node);
      case "variable_declarator": {
        const name2 = node.childForFieldName("name");
        const value = node.childForFieldName("value");
        const type = node.childForFieldName("type");
        if (name2?.type === "identifier" && type)
          this.bind(name2.text, { kind: "type", name: typeName(type) }, node);
        if (!value) return;
        const module2 = requiredModule(value);
        if (module2 !== void 0 && name2) return this.declareRequire(name2, module2);
        if (name2?.type === "identifier") this.bind(name2.text, { kind: "value", node: value }, node);
        return;
      }
      case "assignment_expression": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (left && right && (left.type === "identifier" || left.type === "member_expression"))
          this.bind(left.text, { kind: "value", node: right }, node);
        return;
      }
      case "public_field_definition":
      case "field_definition": {
        const name2 = node.childForFieldName("name") ?? node.childForFieldName("property");
        const value = node.childForFieldName("value");
        const type = node.childForFieldName("type");
        if (!name2) return;
        if (value) this.bind(`this.${name2.text}`, { kind: "value", node: value }, node);
        else if (type) this.bind(`this.${name2.text}`, { kind: "type", name: typeName(type) }, node);
        return;
      }
      case "required_parameter":
      case "optional_parameter": {
        const pattern = node.childForFieldName("pattern");
        const type = node.childForFieldName("type");
        if (pattern?.type !== "identifier" || !type) return;
        const binding = { kind: "type", name: typeName(type) };
        this.bind(pattern.text, binding, node);
        if (node.namedChildren.some((c) => c.type === "accessibility_modifier" || c.type === "readonly"))
          this.bind(`this.${pattern.text}`, binding, node);
        return;
      }
    }
  }
  declareImport(node) {
    const module2 = stringValue4(node.childForFieldName("source"));
    const clause = node.namedChildren.find((c) => c.type === "import_clause");
    if (module2 === void 0 || !clause) return;
    for (const part of clause.namedChildren) {
      if (part.type === "identifier") this.bind(part.text, { kind: "import", module: module2, name: "default" }, node);
      else if (part.type === "namespace_import") {
        const local = part.namedChildren.find((c) => c.type === "identifier");
        if (local) this.bind(local.text, { kind: "import", module: module2, name: "*" }, node);
      } else if (part.type === "named_imports") {
        for (const specifier of part.namedChildren) {
          if (specifier.type !== "import_specifier") continue;
          const imported = specifier.childForFieldName("name")?.text;
          const local = specifier.childForFieldName("alias")?.text ?? imported;
          if (imported && local) this.bind(local, { kind: "import", module: module2, name: imported }, node);
        }
      }
    }
  }
  /** `const AWS = require('aws-sdk')`, `const { ScanCommand: Scan } = require('@aws-sdk/client-dynamodb')`. */
  declareRequire(node, module2) {
    const name2 = node;
    if (name2.type === "identifier") return this.bind(name2.text, { kind: "import", module: module2, name: "*" }, node);
    if (name2.type !== "object_pattern") return;
    for (const part of name2.namedChildren) {
      if (part.type === "shorthand_property_identifier_pattern")
        this.bind(part.text, { kind: "import", module: module2, name: part.text }, node);
      else if (part.type === "pair_pattern") {
        const key = part.childForFieldName("key")?.text;
        const value = part.childForFieldName("value");
        if (key && value?.type === "identifier")
          this.bind(value.text, { kind: "import", module: module2, name: key }, node);
      }
    }
  }
  /** What `node` is, following same-file bindings a few steps. */
  resolve(node, depth = 0) {
    if (!node || depth > 8) return void 0;
    switch (node.type) {
      case "identifier":
      case "this":
        return this.resolveName(node, depth);
      case "parenthesized_expression":
      case "await_expression":
      case "non_null_expression":
      case "as_expression":
      case "satisfies_expression":
        return this.resolve(node.namedChildren[0], depth + 1);
      case "binary_expression":
        return this.resolve(node.childForFieldName("left"), depth + 1);
      case "member_expression": {
        const own = this.bindings.has(node.text) ? this.resolveName(node, depth) : void 0;
        if (own) return own;
        const object = this.resolve(node.childForFieldName("object"), depth + 1);
        const property = node.childForFieldName("property")?.text ?? "";
        if (object?.kind !== "export") return void 0;
        return {
          ...object,
          name: object.name === "*" || object.name === "default" ? property : `${object.name}.${property}`
        };
      }
      case "new_expression": {
        const constructor = this.resolve(node.childForFieldName("constructor"), depth + 1);
        if (constructor?.kind !== "export") return void 0;
        if (CLIENT_CLASSES.has(constructor.name) && (constructor.library === V3 || constructor.library === V2))
          return { kind: "client", library: constructor.library };
        if (constructor.library === "dynamodb-toolbox" || constructor.library === "electrodb")
          return { kind: "model", library: constructor.library };
        return void 0;
      }
      case "call_expression": {
        const callee = node.childForFieldName("function");
        if (callee?.type !== "member_expression") return void 0;
        const method = callee.childForFieldName("property")?.text;
        const object = this.resolve(callee.childForFieldName("object"), depth + 1);
        if (method === "from" && object?.kind === "export" && object.library === V3)
          return { kind: "client", library: V3 };
        if (method === "model" && object?.kind === "export" && object.library === "dynamoose")
          return { kind: "model", library: "dynamoose" };
        if (method === "getModel" && (object || this.importedLibraries.has("dynamodb-onetable")))
          return { kind: "model", library: "dynamodb-onetable" };
        return void 0;
      }
      default:
        return void 0;
    }
  }
  resolveName(node, depth) {
    const binding = this.bindings.get(node.text, node);
    if (!binding) return void 0;
    if (binding.kind === "value") return this.resolve(binding.node, depth + 1);
    if (binding.kind === "type") {
      if (CLIENT_CLASSES.has(binding.name) || binding.name.startsWith("DynamoDB"))
        return { kind: "client", library: this.fileLibrary === V2 ? V2 : V3 };
      return void 0;
    }
    const library = libraryOf(binding.module);
    return library ? { kind: "export", library, name: binding.name } : void 0;
  }
  detect(node) {
    return node.type === "new_expression" ? this.newExpression(node) : this.call(node);
  }
  newExpression(node) {
    const constructor = this.resolve(node.childForFieldName("constructor"));
    if (constructor?.kind !== "export" || constructor.library !== V3) return void 0;
    const params = this.objectOf(argumentsOf(node.childForFieldName("arguments"))[0]);
    const sent = sendingCall(node) ?? node;
    const operation = SDK_COMMANDS[constructor.name];
    return operation ? this.sdkOperation(sent, V3, operation, params, argumentsOf(node.childForFieldName("arguments"))[0]) : void 0;
  }
  call(node) {
    const callee = node.childForFieldName("function");
    const args2 = argumentsOf(node.childForFieldName("arguments"));
    if (callee?.type === "identifier") {
      const handle2 = this.resolve(callee);
      if (handle2?.kind !== "export" || handle2.library !== V3) return void 0;
      const params = this.objectOf(args2[1]);
      if (handle2.name === "paginateScan")
        return {
          ...this.sdkScan(node, V3, params, args2[1]),
          ...requestAccess2(this, params, "Scan"),
          paginated: true
        };
      if (handle2.name === "paginateQuery") return this.query(node, V3, params, args2[1], true);
      return void 0;
    }
    if (callee?.type !== "member_expression") return void 0;
    const method = callee.childForFieldName("property")?.text ?? "";
    const receiver = callee.childForFieldName("object");
    switch (method) {
      case "build":
        return this.toolboxCommand(node, args2);
      case "go":
      case "pages":
        return this.electroOperation(node, receiver, args2);
      default:
        return this.method(node, method, receiver, args2);
    }
  }
  /** A client's or a model's method: `ddb.query(params)`, `Order.get(key)`, `Model.scan().exec()`. */
  method(node, method, receiver, args2) {
    const handle2 = this.resolve(receiver);
    const modelOperation = MODEL_METHODS[method];
    if (handle2?.kind === "model") {
      if (method === "scan") return this.modelScan(node, handle2.library);
      if (handle2.library === "electrodb") return void 0;
      return modelOperation ? this.modelOperation(node, handle2.library, modelOperation, args2) : void 0;
    }
    const operation = CLIENT_METHODS[method];
    if (!operation) return void 0;
    const params = this.objectOf(args2[0]);
    const library = this.clientLibrary(receiver, params, COMMON_METHODS.has(method) ? args2[0] : void 0);
    if (library)
      return this.sdkOperation(node, chainHas(node, "promise") ? V2 : library, operation, params, args2[0]);
    if (this.importedLibraries.has("dynamoose") && chainHas(node, "exec")) {
      if (method === "scan") return this.modelScan(node, "dynamoose");
      if (method === "query") return this.modelOperation(node, "dynamoose", "Query", args2);
    }
    return void 0;
  }
  /**
   * The SDK a client method's receiver belongs to, if anything ties it to DynamoDB. For method names other
   * libraries share (`get`, `query`), a receiver named like a client also needs a request (`argument`)
   * that is not a plain string or number: `dynamoCache.get('key')` is not a GetItem.
   */
  clientLibrary(receiver, params, argument) {
    const handle2 = this.resolve(receiver);
    if (handle2?.kind === "client") return handle2.library;
    if (this.madeElsewhere(receiver)) return void 0;
    const sdk = this.fileLibrary === V2 ? V2 : V3;
    if (params && objectKeys(params).some((key) => REQUEST_PARAMETERS.has(key))) return sdk;
    const name2 = receiver?.type === "member_expression" ? receiver.childForFieldName("property")?.text : receiver?.text;
    if (!name2 || !CLIENT_NAME.test(name2)) return void 0;
    if (argument && LITERALS.has(argument.type) && argument.type !== "object") return void 0;
    return sdk;
  }
  /** One SDK request: a Scan, a Query, a single-item call, a batch or a transaction. */
  sdkOperation(node, library, operation, params, request) {
    switch (operation) {
      case "Scan":
        return { ...this.sdkScan(node, library, params, request), ...requestAccess2(this, params, "Scan") };
      case "Query":
        return this.query(node, library, params, request);
      case "ExecuteStatement":
        return this.statement(node, library, params);
      case "BatchGetItem":
      case "BatchWriteItem":
        return this.batch(node, library, operation, params);
      case "TransactGetItems":
      case "TransactWriteItems":
        return this.transaction(node, library, operation, params);
      default:
        return this.singleRequest(node, library, operation, params);
    }
  }
  query(node, library, params, request, paginated) {
    const table = params ? this.property(params, "TableName") : void 0;
    return {
      ...scanDetection(
        node,
        library,
        { operation: "Query", table, request, paginated },
        this.values,
        FUNCTIONS5
      ),
      ...requestAccess2(this, params, "Query")
    };
  }
  /** GetItem, PutItem, UpdateItem, DeleteItem (and the PartiQL batch and transaction calls, with no table). */
  singleRequest(node, library, operation, params) {
    const table = params ? this.property(params, "TableName") : void 0;
    return {
      node,
      operation,
      library,
      ...table ? { table: tableReference(this.values, table) } : {},
      ...requestAccess2(this, params, operation)
    };
  }
  /** One detection per table of `RequestItems` (`{ [ORDERS_TABLE]: [...] }`); one without a table otherwise. */
  batch(node, library, operation, params) {
    const base = { node, operation, library, ...batchHandling(operation, node) };
    const items = params && this.objectOf(this.property(params, "RequestItems"));
    const tables = (items?.namedChildren ?? []).flatMap((entry) => {
      const key = entry.type === "pair" ? entry.childForFieldName("key") : entry.type === "shorthand_property_identifier" ? entry : null;
      if (!key) return [];
      const named = key.type === "computed_property_name" ? unwrapped(key.namedChildren[0]) : key.type === "shorthand_property_identifier" ? key : void 0;
      const literal = named ? void 0 : keyText(this, key);
      if (literal !== void 0)
        return [{ ...base, table: { kind: "literal", value: literal, node: key } }];
      return named ? [{ ...base, table: tableReference(this.values, named) }] : [];
    });
    return tables.length ? tables : [base];
  }
  /** One detection per literal element of `TransactItems` (`{ Put: { TableName, Item } }`). */
  transaction(node, library, operation, params) {
    const items = params ? this.arrayOf(this.property(params, "TransactItems")) : void 0;
    const parts2 = (items?.namedChildren ?? []).flatMap((element) => {
      const item = this.objectOf(element);
      const entry = item?.namedChildren.find((c) => c.type === "pair");
      const action = entry ? keyText(this, entry.childForFieldName("key")) : void 0;
      const request = this.objectOf(entry?.childForFieldName("value") ?? void 0);
      const table = request ? this.property(request, "TableName") : void 0;
      if (!request || !table) return [];
      const written = action === "Put" ? "PutItem" : action === "Update" ? "UpdateItem" : void 0;
      return [
        {
          node,
          operation,
          library,
          table: tableReference(this.values, table),
          ...written ? requestAccess2(this, request, written) : {}
        }
      ];
    });
    return parts2.length ? parts2 : [{ node, operation, library }];
  }
  /** An array literal, directly or through a same-file binding. */
  arrayOf(node, depth = 0) {
    if (!node || depth > 4) return void 0;
    if (node.type === "array") return node;
    const bound = this.values.bound(node);
    return bound ? this.arrayOf(bound, depth + 1) : void 0;
  }
  /**
   * An ORM call: Dynamoose (`Model.get`, `Model.query(…).using('byCustomer').exec()`), dynamodb-toolbox v0
   * (`Table.query(pk, { index })`) and OneTable (`Model.find(props, { index })`). Which index an ORM
   * query reads is known only when the call names it; Dynamoose picks one itself otherwise.
   */
  modelOperation(node, library, operation, args2) {
    const detection = { node, operation, library };
    if (operation !== "Query") return detection;
    if (library === "dynamoose") {
      const using = chainCall(node, "using");
      const name2 = argumentsOf(using?.childForFieldName("arguments"))[0];
      if (name2) return { ...detection, index: this.stringValueOf(name2) };
      return {
        ...detection,
        index: { node, reason: "chosen by Dynamoose from the attributes the query names" }
      };
    }
    const options = this.objectOf(args2[1]);
    const index = options ? this.property(options, "index") : void 0;
    return index ? { ...detection, index: this.stringValueOf(index) } : detection;
  }
  stringValueOf(node) {
    const value = constantString(this.values, node);
    return value !== void 0 ? { node, value } : { node, reason: computed(node) };
  }
  /**
   * Whether the file shows the receiver is something other than a DynamoDB client: constructed from a
   * non-DynamoDB class (`new FakeDynamo()`), a literal, or declared with another type. Its name or the
   * parameters it is given then prove nothing. Values from calls and imports stay untraceable.
   */
  madeElsewhere(receiver, depth = 0) {
    if (!receiver || depth > 4 || receiver.type !== "identifier" && receiver.type !== "member_expression")
      return false;
    const binding = this.bindings.get(receiver.text, receiver);
    if (binding?.kind === "type")
      return !CLIENT_CLASSES.has(binding.name) && !binding.name.startsWith("DynamoDB");
    if (binding?.kind !== "value") return false;
    let value = binding.node;
    while (value.type === "parenthesized_expression" || value.type === "await_expression")
      value = value.namedChildren[0] ?? value;
    if (value.type === "identifier" || value.type === "member_expression")
      return this.madeElsewhere(value, depth + 1);
    if (value.type === "new_expression") {
      const made = this.resolve(value.childForFieldName("constructor"));
      return made === void 0 && this.resolve(value) === void 0;
    }
    return LITERALS.has(value.type);
  }
  sdkScan(node, library, params, request) {
    const segments = params ? this.property(params, "TotalSegments") : void 0;
    const table = params ? this.property(params, "TableName") : void 0;
    return scanDetection(
      node,
      library,
      { table, segments: segments && this.numberConstant(segments), request },
      this.values,
      FUNCTIONS5
    );
  }
  statement(node, library, params) {
    const statement = params ? this.property(params, "Statement") : void 0;
    const text = statement ? statementText(this.values, statement) : void 0;
    return text === void 0 ? void 0 : { node, operation: "ExecuteStatement", library, statement: text };
  }
  /** Dynamoose `Model.scan()…exec()`, dynamodb-toolbox v0 `Table.scan()`, OneTable `Model.scan()`. */
  modelScan(node, library) {
    const parallel = chainCall(node, "parallel");
    const segments = parallel ? integerLiteral(argumentsOf(parallel.childForFieldName("arguments"))[0]?.text) : void 0;
    const paginated = library === "dynamoose" ? chainHas(node, "all") || readsPages(enclosing(node, FUNCTIONS5) ?? node, ["lastkey", "startat"]) : void 0;
    return {
      node,
      operation: parallel ? "ParallelScan" : "Scan",
      library,
      ...segments !== void 0 ? { totalSegments: segments } : {},
      ...paginated !== void 0 ? { paginated } : {}
    };
  }
  /**
   * dynamodb-toolbox v1: `Table.build(ScanCommand)` (parallel with `.options({ totalSegments })`),
   * `Table.build(QueryCommand).query({ partition, index })`, `Entity.build(PutItemCommand)`.
   */
  toolboxCommand(node, args2) {
    const command = this.resolve(args2[0]);
    if (command?.kind !== "export" || command.library !== "dynamodb-toolbox") return void 0;
    const operation = TOOLBOX_COMMANDS[command.name];
    if (!operation) return void 0;
    if (operation === "Query") {
      const query = this.objectOf(argumentsOf(chainCall(node, "query")?.childForFieldName("arguments"))[0]);
      const index = query ? this.property(query, "index") : void 0;
      return {
        node,
        operation,
        library: "dynamodb-toolbox",
        ...index ? { index: this.stringValueOf(index) } : {}
      };
    }
    if (operation !== "Scan") return { node, operation, library: "dynamodb-toolbox" };
    const options = chainCall(node, "options");
    const params = this.objectOf(argumentsOf(options?.childForFieldName("arguments"))[0]);
    const segments = params ? this.property(params, "totalSegments") : void 0;
    return {
      node,
      operation: segments ? "ParallelScan" : "Scan",
      library: "dynamodb-toolbox",
      ...totalSegments(segments)
    };
  }
  /**
   * ElectroDB: `entity.scan.go()`, `entity.scan.where(…).go({ pages: 'all' })`, and in a file that
   * imports ElectroDB `entity.query.byCustomer({…}).go()`, `entity.get({…}).go()`, `entity.put({…}).go()`.
   */
  electroOperation(node, receiver, args2) {
    let at = receiver;
    while (at?.type === "call_expression")
      at = at.childForFieldName("function")?.childForFieldName("object") ?? null;
    const property = at?.type === "member_expression" ? at.childForFieldName("property")?.text : void 0;
    if (property !== "scan") return this.electroRequest(node, receiver);
    const options = this.objectOf(args2[0]);
    return {
      node,
      operation: "Scan",
      library: "electrodb",
      ...options && this.property(options, "pages") ? { paginated: true } : {}
    };
  }
  /** ElectroDB's other requests: the first method of the chain that names an operation. */
  electroRequest(node, receiver) {
    if (!this.importedLibraries.has("electrodb")) return void 0;
    const methods = [];
    for (let at2 = receiver; at2; ) {
      if (at2.type === "call_expression") at2 = at2.childForFieldName("function");
      else if (at2.type === "member_expression") {
        const property = at2.childForFieldName("property");
        if (property) methods.unshift(property);
        at2 = at2.childForFieldName("object");
      } else break;
    }
    const at = methods.findIndex((method2) => MODEL_METHODS[method2.text] !== void 0);
    const method = methods[at];
    const operation = method && MODEL_METHODS[method.text];
    if (!method || !operation) return void 0;
    if (operation !== "Query") return { node, operation, library: "electrodb" };
    const pattern = methods[at + 1]?.text ?? "the access pattern";
    return {
      node,
      operation,
      library: "electrodb",
      index: { node: method, reason: `the index of ${pattern}, set in the entity's schema` }
    };
  }
  /** An object literal, directly or through a same-file `const params = { … }`. */
  objectOf(node, depth = 0) {
    if (!node || depth > 4) return void 0;
    if (node.type === "object") return node;
    if (node.type === "identifier") {
      const binding = this.bindings.get(node.text, node);
      return binding?.kind === "value" ? this.objectOf(binding.node, depth + 1) : void 0;
    }
    if (node.type === "parenthesized_expression" || node.type === "as_expression" || node.type === "satisfies_expression")
      return this.objectOf(node.namedChildren[0], depth + 1);
    return void 0;
  }
  /** A property's value in an object literal, including properties spread in from same-file objects. */
  property(object, key, depth = 0) {
    for (const entry of object.namedChildren) {
      if (entry.type === "pair" && propertyKey(entry.childForFieldName("key")) === key)
        return entry.childForFieldName("value") ?? void 0;
      if (entry.type === "shorthand_property_identifier" && entry.text === key) return entry;
      if (entry.type === "spread_element" && depth < 4) {
        const spread = this.objectOf(entry.namedChildren[0]);
        const found = spread ? this.property(spread, key, depth + 1) : void 0;
        if (found) return found;
      }
    }
    return void 0;
  }
  /** A number literal, or a same-file const holding one (`TotalSegments: SEGMENTS`). */
  numberConstant(node, depth = 0) {
    if (node.type !== "identifier" && node.type !== "shorthand_property_identifier") return node;
    const binding = this.bindings.get(node.text, node);
    return binding?.kind === "value" && depth < 4 ? this.numberConstant(binding.node, depth + 1) : node;
  }
  values = {
    literal: stringValue4,
    unwrap: (node) => unwrapped(node) ?? node,
    environment: environmentVariable2,
    bound: (node) => {
      if (node.type !== "identifier" && node.type !== "shorthand_property_identifier") return void 0;
      const binding = this.bindings.get(node.text, node);
      return binding?.kind === "value" ? binding.node : void 0;
    },
    preferred: (node) => node.type === "binary_expression" && node.childForFieldName("operator")?.text !== "+" ? node.childForFieldName("left") ?? void 0 : void 0,
    // `${…}` substitutions: the text between them as written (escapes decoded), the expressions put in.
    template: (node) => node.type === "template_string" ? node.namedChildren.flatMap((part) => {
      if (part.type === "string_fragment") return [part.text];
      if (part.type === "escape_sequence") return [unescapeSequence(part.text)];
      const expression = part.type === "template_substitution" ? part.namedChildren[0] : void 0;
      return expression ? [expression] : [];
    }) : void 0,
    concatenation: plusOperands
  };
};
var JS_TEXT = /* @__PURE__ */ new Set(["string_fragment"]);
var LITERALS = /* @__PURE__ */ new Set(["object", "array", "string", "template_string", "number", "true", "false", "null"]);
function unwrapped(node) {
  let at = node;
  while (at && (at.type === "non_null_expression" || at.type === "parenthesized_expression" || at.type === "as_expression"))
    at = at.namedChildren[0];
  return at;
}
function sendingCall(command) {
  const call = command.parent?.type === "arguments" ? command.parent.parent : void 0;
  const callee = call?.childForFieldName("function");
  return call?.type === "call_expression" && callee?.type === "member_expression" && callee.childForFieldName("property")?.text === "send" ? call : void 0;
}
function requiredModule(node) {
  if (node.type !== "call_expression" || node.childForFieldName("function")?.text !== "require")
    return void 0;
  return stringValue4(argumentsOf(node.childForFieldName("arguments"))[0]);
}
function stringValue4(node) {
  if (!node) return void 0;
  if (node.type === "string") return joinStringParts(node.namedChildren, JS_TEXT);
  if (node.type === "template_string" && !node.namedChildren.some((c) => c.type === "template_substitution"))
    return joinStringParts(node.namedChildren, JS_TEXT);
  return void 0;
}
function environmentVariable2(node) {
  const object = node.childForFieldName("object");
  if (object?.text !== "process.env") return void 0;
  if (node.type === "member_expression") return node.childForFieldName("property")?.text;
  if (node.type === "subscript_expression") return stringValue4(node.childForFieldName("index"));
  return void 0;
}
function propertyKey(key) {
  if (!key) return void 0;
  return key.type === "string" ? stringValue4(key) : key.text;
}
function objectKeys(object) {
  return object.namedChildren.flatMap((entry) => {
    if (entry.type === "pair") return [propertyKey(entry.childForFieldName("key")) ?? ""];
    if (entry.type === "shorthand_property_identifier") return [entry.text];
    return [];
  });
}
function typeName(node) {
  return node.text.replace(/^:\s*/, "").replace(/<.*$/s, "").trim();
}
function chainCall(node, method) {
  let at = node;
  for (; ; ) {
    const member = at.parent;
    if (member?.type !== "member_expression" || !member.childForFieldName("object")?.equals(at))
      return void 0;
    const call = member.parent;
    if (call?.type !== "call_expression" || !call.childForFieldName("function")?.equals(member))
      return void 0;
    if (member.childForFieldName("property")?.text === method) return call;
    at = call;
  }
}
function chainHas(node, method) {
  return chainCall(node, method) !== void 0;
}
function totalSegments(segments) {
  const value = integerLiteral(segments?.text);
  return value !== void 0 ? { totalSegments: value } : {};
}

// src/code/python-strings.ts
function formatted(node) {
  if (node.type === "string" && node.namedChildren.some((c) => c.type === "interpolation")) {
    const raw = /^[a-zA-Z]*[rR]/.test(node.text);
    return node.namedChildren.flatMap((part) => {
      if (part.type === "string_content") return [raw ? part.text : decodeEscapes(part)];
      if (part.type !== "interpolation") return [];
      const expression = part.childForFieldName("expression") ?? part.namedChildren[0];
      return expression ? [expression] : [];
    });
  }
  if (node.type === "binary_operator" && node.childForFieldName("operator")?.text === "%") {
    const format = stringValue5(node.childForFieldName("left") ?? node);
    const right = node.childForFieldName("right");
    if (format === void 0 || !right) return void 0;
    const args2 = right.type === "tuple" ? argumentsOf(right) : right.type === "dictionary" ? [] : [right];
    return printfParts(format, args2);
  }
  if (node.type === "call") {
    const callee = node.childForFieldName("function");
    const format = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
    if (callee?.childForFieldName("attribute")?.text !== "format" || format?.type !== "string")
      return void 0;
    const text = stringValue5(format);
    if (text === void 0) return void 0;
    const args2 = argumentsOf(node.childForFieldName("arguments"));
    const named = new Map(
      args2.flatMap((a) => {
        const name2 = a.childForFieldName("name")?.text;
        const value = a.childForFieldName("value");
        return a.type === "keyword_argument" && name2 && value ? [[name2, value]] : [];
      })
    );
    return braceParts(
      text,
      args2.filter((a) => a.type !== "keyword_argument"),
      named
    );
  }
  return void 0;
}
function stringValue5(node) {
  if (node.type !== "string" || node.namedChildren.some((c) => c.type === "interpolation")) return void 0;
  const raw = /^[a-zA-Z]*[rR]/.test(node.text);
  return node.namedChildren.filter((c) => c.type === "string_content").map((content) => raw ? content.text : decodeEscapes(content)).join("");
}
function decodeEscapes(content) {
  const text = content.text;
  let decoded = "";
  let at = 0;
  for (const escape of content.namedChildren) {
    if (escape.type !== "escape_sequence" && escape.type !== "escape_interpolation") continue;
    const start2 = escape.startIndex - content.startIndex;
    const value = escape.type === "escape_interpolation" ? escape.text.charAt(0) : unescapeSequence(escape.text);
    decoded += text.slice(at, start2) + value;
    at = start2 + escape.text.length;
  }
  return decoded + text.slice(at);
}
function environmentVariable3(node) {
  if (node.type === "subscript" && node.childForFieldName("value")?.text.endsWith("environ")) {
    const key = node.childForFieldName("subscript");
    return key ? stringValue5(key) : void 0;
  }
  if (node.type !== "call") return void 0;
  const callee = node.childForFieldName("function")?.text ?? "";
  if (!/(^|\.)(environ\.get|getenv)$/.test(callee)) return void 0;
  const first = argumentsOf(node.childForFieldName("arguments"))[0];
  return first ? stringValue5(first) : void 0;
}

// src/code/pynamodb.ts
function modelAttributes(model, isIndex = () => false) {
  const attributes = /* @__PURE__ */ new Map();
  for (const statement of model.childForFieldName("body")?.namedChildren ?? []) {
    const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : statement;
    if (assignment?.type !== "assignment") continue;
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    if (left?.type !== "identifier" || right?.type !== "call") continue;
    if (isIndex(right.childForFieldName("function")?.text ?? "")) continue;
    const args2 = argumentsOf(right.childForFieldName("arguments"));
    const flag = (name2) => keywordValue(args2, name2)?.type === "true";
    const attrName = keywordValue(args2, "attr_name");
    attributes.set(left.text, {
      name: (attrName && stringValue5(attrName)) ?? left.text,
      hashKey: flag("hash_key"),
      rangeKey: flag("range_key")
    });
  }
  return attributes;
}
function attributeClass(model, attribute) {
  for (const statement of model.childForFieldName("body")?.namedChildren ?? []) {
    const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : statement;
    if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== attribute)
      continue;
    const right = assignment.childForFieldName("right");
    return right?.type === "call" ? right.childForFieldName("function")?.text : void 0;
  }
  return void 0;
}
function metaValue(owner, name2) {
  const meta = owner.childForFieldName("body")?.namedChildren.find(
    (c) => c.type === "class_definition" && c.childForFieldName("name")?.text === "Meta"
  );
  for (const assignment of meta?.descendantsOfType("assignment") ?? []) {
    if (assignment.childForFieldName("left")?.text === name2)
      return assignment.childForFieldName("right") ?? void 0;
  }
  return void 0;
}
var COMPARISONS2 = {
  "==": "=",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">="
};
var METHODS2 = { between: "BETWEEN", begins_with: "begins_with" };
function rangeCondition(node, attributeName) {
  if (node.type === "parenthesized_expression" && node.namedChildren[0])
    return rangeCondition(node.namedChildren[0], attributeName);
  if (node.type === "comparison_operator") {
    const [left] = node.namedChildren;
    const operator2 = COMPARISONS2[node.children[1]?.text ?? ""];
    const attribute2 = left ? attributeName(left) : void 0;
    return operator2 && attribute2 !== void 0 && node.namedChildren.length === 2 ? { attribute: attribute2, operator: operator2, node: left } : void 0;
  }
  if (node.type !== "call") return void 0;
  const callee = node.childForFieldName("function");
  const operator = METHODS2[callee?.childForFieldName("attribute")?.text ?? ""];
  const reference = callee?.childForFieldName("object");
  const attribute = reference ? attributeName(reference) : void 0;
  return operator && reference && attribute !== void 0 ? { attribute, operator, node: reference } : void 0;
}
function conditionReferences(node, attributeName) {
  const names = [];
  const visit = (at) => {
    const operator = at.childForFieldName("operator")?.text ?? at.children[0]?.text;
    switch (at.type) {
      case "parenthesized_expression":
        return at.namedChildren[0] ? visit(at.namedChildren[0]) : false;
      case "binary_operator":
        return (operator === "&" || operator === "|") && argumentsOf(at).every((operand) => visit(operand));
      case "unary_operator":
        return at.children[0]?.text === "~" && at.namedChildren[0] ? visit(at.namedChildren[0]) : false;
      case "comparison_operator":
      case "call": {
        const subject = at.type === "call" ? at.childForFieldName("function")?.childForFieldName("object") : at.namedChildren[0];
        const name2 = subject ? attributeName(subject) : void 0;
        if (name2 === void 0) return false;
        if (!names.includes(name2)) names.push(name2);
        return true;
      }
      default:
        return false;
    }
  };
  return visit(node) ? names : void 0;
}
function keywordValue(args2, name2) {
  const found = args2.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === name2);
  return found?.childForFieldName("value") ?? void 0;
}

// src/code/python.ts
var BOTO3 = "boto3";
var PYNAMODB = "pynamodb";
var AWS_SDK_MODULE = /^(boto3|aioboto3|botocore|aiobotocore|mypy_boto3_dynamodb|types_boto3_dynamodb)\b/;
var CLIENT_NAME2 = /dynamo|ddb/i;
var TABLE_NAME = /dynamo|ddb|table/i;
var OTHER = { kind: "other" };
var OPERATIONS2 = {
  query: "Query",
  get_item: "GetItem",
  put_item: "PutItem",
  update_item: "UpdateItem",
  delete_item: "DeleteItem",
  batch_get_item: "BatchGetItem",
  batch_write_item: "BatchWriteItem",
  transact_get_items: "TransactGetItems",
  transact_write_items: "TransactWriteItems"
};
var ITEM_OPERATIONS = {
  save: "PutItem",
  update: "UpdateItem",
  delete: "DeleteItem",
  refresh: "GetItem"
};
var TABLE_METHODS = /* @__PURE__ */ new Set(["query", "get_item", "put_item", "update_item", "delete_item"]);
var RESOURCE_METHODS = /* @__PURE__ */ new Set(["batch_get_item", "batch_write_item"]);
var DYNAMODB_PARAMETERS = /* @__PURE__ */ new Set([
  "TableName",
  "KeyConditionExpression",
  "UpdateExpression",
  "RequestItems",
  "TransactItems"
]);
var KEY_METHODS2 = {
  eq: "=",
  lt: "<",
  lte: "<=",
  gt: ">",
  gte: ">=",
  between: "BETWEEN",
  begins_with: "begins_with"
};
var CONDITIONS_MODULE = "boto3.dynamodb.conditions";
var SCOPES5 = {
  function_definition: nameField,
  class_definition: nameField
};
var FUNCTIONS6 = /* @__PURE__ */ new Set(["function_definition", "module"]);
var PATTERNS5 = [
  ...[
    "import_statement",
    "import_from_statement",
    "assignment",
    "class_definition",
    "function_definition"
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`
  })),
  {
    type: "call",
    pattern: `(call
      function: (attribute attribute: (identifier) @_method)
      (#any-of? @_method "scan" "get_paginator" "paginate" "execute_statement" "query" "get_item" "put_item"
        "update_item" "delete_item" "batch_get_item" "batch_write_item" "transact_get_items"
        "transact_write_items" "batch_writer" "batch_write" "save" "update" "delete" "refresh" "get")) @candidate`
  },
  // `paginate(client.scan, TableName=…)`: the Scan method handed to a helper that calls it.
  {
    type: "call",
    pattern: `(call
      arguments: (argument_list (attribute attribute: (identifier) @_method) @candidate)
      (#eq? @_method "scan"))`
  }
];
var pythonDetector = {
  patterns: PATTERNS5,
  scopes: SCOPES5,
  forFile: (declarations) => new PyFile(declarations)
};
function isPaginatorFactory(node) {
  return node.childForFieldName("function")?.childForFieldName("attribute")?.text === "get_paginator";
}
function memberName(node) {
  return node.text.replace(/^cls\./, "self.");
}
var PyFile = class {
  /** `get_paginator('scan')` calls whose paginator pages somewhere: reported where it pages. */
  paging = /* @__PURE__ */ new Set();
  bindings = new ScopedNames(FUNCTIONS6, (name2) => name2.startsWith("self."));
  /** `kwargs["ExclusiveStartKey"] = …`: the dictionary's name → the assignment. */
  items = new ScopedNames(FUNCTIONS6);
  imports = /* @__PURE__ */ new Map();
  models = /* @__PURE__ */ new Map();
  /** PynamoDB model and index classes by name: their bodies declare keys and indexes. */
  modelClasses = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  classes = /* @__PURE__ */ new Map();
  /** Every call in the file, read once when a parameter's arguments are looked for. */
  calls;
  /** Functions whose returns are being resolved: a recursive helper ends the search. */
  resolving = /* @__PURE__ */ new Set();
  /** A function's returned values, by node id: each definition is searched once, however often it is called. */
  returned = /* @__PURE__ */ new Map();
  returnedHandles = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  splats = /* @__PURE__ */ new Map();
  itemEntries = /* @__PURE__ */ new Map();
  constructor(declarations) {
    for (const node of declarations) this.declare(node);
  }
  declare(node) {
    if (node.type === "import_statement") {
      for (const name2 of node.childrenForFieldName("name")) {
        const dotted = name2.type === "aliased_import" ? name2.childForFieldName("name") : name2;
        const local = name2.type === "aliased_import" ? name2.childForFieldName("alias")?.text : dotted?.text.split(".")[0];
        if (dotted && local) this.imports.set(local, dotted.text);
      }
    } else if (node.type === "import_from_statement") {
      const module2 = node.childForFieldName("module_name")?.text ?? "";
      for (const name2 of node.childrenForFieldName("name")) {
        const imported = name2.type === "aliased_import" ? name2.childForFieldName("name")?.text : name2.text;
        const local = name2.type === "aliased_import" ? name2.childForFieldName("alias")?.text : name2.text;
        if (imported && local) this.imports.set(local, `${module2}.${imported}`);
      }
    } else if (node.type === "assignment") {
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (!left || !right) return;
      if (left.type === "identifier" || left.type === "attribute")
        this.bindings.set(memberName(left), right, node);
      else if (left.type === "subscript" && left.childForFieldName("value")?.type === "identifier")
        this.items.set(left.childForFieldName("value")?.text ?? "", node, node);
    } else if (node.type === "class_definition") {
      const name2 = node.childForFieldName("name")?.text;
      const bases = argumentsOf(node.childForFieldName("superclasses"));
      if (!name2) return;
      if (bases.some((base) => this.isPynamoModel(base))) {
        this.models.set(name2, metaTableName(node));
        this.modelClasses.set(name2, node);
      } else this.classes.set(name2, node);
    } else if (node.type === "function_definition") {
      const name2 = node.childForFieldName("name")?.text;
      if (name2) this.functions.set(name2, [...this.functions.get(name2) ?? [], node]);
    }
  }
  /** A PynamoDB `Model` base class, or a same-file subclass of one. */
  isPynamoModel(base) {
    const imported = this.imports.get(base.text.split(".")[0] ?? "");
    if (imported?.startsWith("pynamodb")) return true;
    return this.models.has(base.text);
  }
  /**
   * What an expression is, remembered per node, depth and the functions being resolved (everything the
   * answer depends on): a name bound n times whose values use names bound n times would otherwise cost
   * n to the power of the depth.
   */
  resolve(node, depth = 0) {
    if (!node || depth > 12) return void 0;
    const key = `${node.id}:${depth}:${[...this.resolving].join(",")}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const handle2 = this.resolveUncached(node, depth);
    this.resolved.set(key, handle2);
    return handle2;
  }
  resolveUncached(node, depth) {
    switch (node.type) {
      case "identifier":
      case "attribute":
        return this.resolveName(node, depth);
      case "parenthesized_expression":
      case "await":
        return this.resolve(node.namedChildren[0], depth + 1);
      case "call":
        return this.resolveCall(node, depth);
      case "subscript": {
        const value = this.resolve(node.childForFieldName("value"), depth + 1);
        return value?.kind === "other" || value?.kind === "module" && !AWS_SDK_MODULE.test(value.name) ? OTHER : void 0;
      }
      case "string":
      case "integer":
      case "float":
      case "dictionary":
      case "list":
      case "tuple":
      case "set":
      case "none":
      case "true":
      case "false":
      case "list_comprehension":
      case "dictionary_comprehension":
        return OTHER;
      default:
        return void 0;
    }
  }
  resolveName(node, depth) {
    const name2 = memberName(node);
    if (this.models.has(name2)) {
      const table = this.models.get(name2);
      return { kind: "model", ...table ? { table } : {} };
    }
    const bound = this.bindings.all(name2, node);
    if (bound.length) return this.firstOf(bound.map((value) => () => this.resolve(value, depth + 1)));
    const imported = this.imports.get(name2);
    if (imported) return { kind: "module", name: imported };
    if (name2.startsWith("self.")) {
      const accessor = this.functions.get(name2.slice("self.".length));
      return accessor ? this.returnedBy(accessor, depth) : void 0;
    }
    if (node.type === "identifier") return this.parameter(node, depth);
    return void 0;
  }
  /** The first DynamoDB handle among lazily resolved candidates; `other` only when every one is. */
  firstOf(candidates) {
    let allOther = candidates.length > 0;
    for (const candidate of candidates) {
      const handle2 = candidate();
      if (handle2 && handle2.kind !== "other") return handle2;
      if (!handle2) allOther = false;
    }
    return allOther ? OTHER : void 0;
  }
  resolveCall(node, depth) {
    const callee = node.childForFieldName("function");
    const args2 = argumentsOf(node.childForFieldName("arguments"));
    const first = args2[0] ? stringValue5(args2[0]) : void 0;
    if (callee?.type === "identifier") {
      const imported = this.imports.get(callee.text);
      if (imported && /^boto3\.(client|resource)$/.test(imported) && first === "dynamodb")
        return { kind: imported.endsWith("client") ? "client" : "resource" };
      const functions = this.functions.get(callee.text);
      if (functions) return this.returnedBy(functions, depth);
      if (this.classes.has(callee.text)) return OTHER;
      if (this.modelClasses.has(callee.text)) return { kind: "item", model: callee.text };
      if (imported && !AWS_SDK_MODULE.test(imported) && !imported.startsWith(PYNAMODB)) return OTHER;
      return void 0;
    }
    if (callee?.type !== "attribute") return void 0;
    const method = callee.childForFieldName("attribute")?.text;
    const object = callee.childForFieldName("object");
    if ((method === "client" || method === "resource") && first === "dynamodb")
      return { kind: method === "client" ? "client" : "resource" };
    if (object && /^(self|cls)$/.test(object.text) && method && this.functions.has(method))
      return this.returnedBy(this.functions.get(method) ?? [], depth);
    const receiver = this.resolve(object, depth + 1);
    if (receiver?.kind === "model" && method === "get" && object && this.modelClasses.has(object.text))
      return { kind: "item", model: object.text };
    if (method === "Table" && (receiver?.kind === "resource" || receiver?.kind !== "other" && this.usesBoto3())) {
      const name2 = args2.find((a) => a.type !== "keyword_argument") ?? keyword(args2, "name");
      return { kind: "table", ...name2 ? { name: name2 } : {} };
    }
    if (method === "create_table" && (receiver?.kind === "resource" || receiver === void 0 && this.usesBoto3() && keyword(args2, "KeySchema") !== void 0)) {
      const name2 = keyword(args2, "TableName");
      return { kind: "table", ...name2 ? { name: name2 } : {} };
    }
    if (method === "get_paginator" && (first === "scan" || first === "query") && this.isClient(object, receiver))
      return { kind: "paginator", call: node, operation: first === "scan" ? "Scan" : "Query" };
    if (receiver?.kind === "other") return OTHER;
    if (receiver?.kind === "module" && !AWS_SDK_MODULE.test(receiver.name) && !receiver.name.startsWith(PYNAMODB))
      return OTHER;
    return void 0;
  }
  /**
   * What a same-file function returns, over all its `return` statements. Remembered per name when no
   * other resolution is under way (so no recursion guard shaped the answer): a file calling a function
   * n times with n definitions of its name would otherwise resolve n² returns.
   */
  returnedBy(functions, depth) {
    const outermost = this.resolving.size === 0;
    if (outermost && this.returnedHandles.has(functions)) return this.returnedHandles.get(functions);
    const handle2 = this.returnedByUncached(functions, depth);
    if (outermost) this.returnedHandles.set(functions, handle2);
    return handle2;
  }
  returnedByUncached(functions, depth) {
    const candidates = functions.flatMap((fn) => {
      if (this.resolving.has(fn.id)) return [];
      let values = this.returned.get(fn.id);
      if (!values) {
        values = returnsOf(fn);
        this.returned.set(fn.id, values);
      }
      return values.map((value) => () => {
        this.resolving.add(fn.id);
        try {
          return this.resolve(value, depth + 1);
        } finally {
          this.resolving.delete(fn.id);
        }
      });
    });
    return this.firstOf(candidates);
  }
  /**
   * A function parameter: its type annotation, its default, or what the file's calls of the function
   * pass (`Store(boto3.resource("dynamodb").Table("orders"))` for `__init__(self, table)`).
   */
  parameter(node, depth) {
    const fn = enclosing(node, FUNCTION_DEFINITIONS);
    const parameters = argumentsOf(fn?.childForFieldName("parameters"));
    const index = parameters.findIndex((p) => parameterName(p) === node.text);
    const declared = parameters[index];
    if (!fn || !declared) return void 0;
    const annotation = declared.childForFieldName("type")?.text ?? "";
    if (/\bDynamoDBClient\b/.test(annotation)) return { kind: "client" };
    if (/\bDynamoDBServiceResource\b/.test(annotation)) return { kind: "resource" };
    if (/\bTable\b/.test(annotation) && this.usesBoto3()) return { kind: "table" };
    if (this.modelClasses.has(annotation)) return { kind: "item", model: annotation };
    const fallback = declared.childForFieldName("value");
    const name2 = fn.childForFieldName("name")?.text ?? "";
    const method = enclosing(fn, FUNCTION_OR_CLASS)?.type === "class_definition";
    const position = method ? index - 1 : index;
    const callees = /* @__PURE__ */ new Set([name2]);
    if (method && name2 === "__init__") {
      const owner = enclosing(fn, FUNCTION_OR_CLASS)?.childForFieldName("name")?.text;
      if (owner) callees.add(owner);
    }
    const passed = this.callsOf(node, callees).flatMap((call) => {
      const args2 = argumentsOf(call.childForFieldName("arguments"));
      const value = keyword(args2, node.text) ?? args2.filter((a) => a.type !== "keyword_argument")[position];
      return value ? [() => this.resolve(value, depth + 1)] : [];
    });
    const found = this.firstOf(passed);
    if (found && found.kind !== "other") return found;
    return fallback ? this.resolve(fallback, depth + 1) : found;
  }
  /** Calls in the file of a function or class named in `callees` (`f(…)`, `self.f(…)`, `obj.f(…)`). */
  callsOf(anywhere, callees) {
    this.calls ??= anywhere.tree.rootNode.descendantsOfType("call");
    return this.calls.filter((call) => {
      const callee = call.childForFieldName("function");
      const name2 = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : callee?.text;
      return name2 !== void 0 && callees.has(name2);
    });
  }
  usesBoto3() {
    return [...this.imports.values()].some((module2) => AWS_SDK_MODULE.test(module2));
  }
  /**
   * A DynamoDB client by its origin; a receiver the file cannot trace (a parameter nobody in the file
   * passes, an attribute set elsewhere) by its name, and only in a file that uses the AWS SDK.
   */
  isClient(receiver, handle2) {
    if (handle2?.kind === "client") return true;
    if (handle2 && !(handle2.kind === "module" && !AWS_SDK_MODULE.test(handle2.name))) return false;
    return this.usesBoto3() && CLIENT_NAME2.test(lastName(receiver));
  }
  /** A boto3 Table by its origin, or (untraceable, in a file using the AWS SDK) by its name. */
  isTable(receiver, handle2) {
    if (handle2?.kind === "table") return true;
    if (handle2 && !(handle2.kind === "module" && !AWS_SDK_MODULE.test(handle2.name))) return false;
    return this.usesBoto3() && TABLE_NAME.test(lastName(receiver));
  }
  /** A paginator is reported where it pages (with its arguments), or where it is made if it never does. */
  finish(found) {
    return found.filter((d) => !(this.paging.has(d.node.id) && isPaginatorFactory(d.node)));
  }
  detect(node) {
    if (node.type === "attribute") return this.scanReference(node);
    const found = this.call(node);
    if (found?.madeBy) this.paging.add(found.madeBy.id);
    return found?.detection;
  }
  call(node) {
    const callee = node.childForFieldName("function");
    const method = callee?.childForFieldName("attribute")?.text;
    const receiverNode = callee?.childForFieldName("object") ?? null;
    if (method === "get" && !(receiverNode?.type === "identifier" && /^[A-Z]/.test(receiverNode.text)))
      return void 0;
    const receiver = this.resolve(receiverNode);
    const args2 = argumentsOf(node.childForFieldName("arguments"));
    const keys = this.keywordNames(args2);
    switch (method) {
      case "scan": {
        if (receiver?.kind === "model") return { detection: this.pynamoScan(node, receiver.table, args2) };
        if (receiver?.kind === "table") return { detection: this.sdkScan(node, args2, receiver.name) };
        if (receiver?.kind === "other") return void 0;
        if (this.isClient(receiverNode, receiver))
          return { detection: this.sdkScan(node, args2, this.keyword(args2, "TableName")) };
        if (keys.some((k) => SCAN_PARAMETERS.has(k)) && (receiver === void 0 || receiver.kind === "module"))
          return { detection: this.sdkScan(node, args2, this.keyword(args2, "TableName")) };
        if (this.isTable(receiverNode, receiver)) return { detection: this.sdkScan(node, args2, void 0) };
        const model = receiverNode && receiver?.kind === "module" ? importedClass(receiverNode, receiver.name) : void 0;
        if (model)
          return {
            detection: { ...this.pynamoScan(node, void 0, args2), entity: model, entityRequired: true }
          };
        return void 0;
      }
      case "get_paginator": {
        const paginator = this.resolve(node);
        if (paginator?.kind !== "paginator") return void 0;
        const made = paginator.operation === "Scan" ? this.sdkScan(node, [], void 0) : this.query(node, [], void 0);
        return { detection: { ...made, paginated: true } };
      }
      case "paginate": {
        if (receiver?.kind !== "paginator") return void 0;
        const table = this.keyword(args2, "TableName");
        const made = receiver.operation === "Scan" ? this.sdkScan(node, args2, table) : this.query(node, args2, table);
        return { detection: { ...made, paginated: true }, madeBy: receiver.call };
      }
      case "execute_statement": {
        if (receiver?.kind === "other") return void 0;
        if (!this.isClient(receiverNode, receiver) && !keys.includes("Statement")) return void 0;
        const statement = this.keyword(args2, "Statement");
        const text = statement ? statementText(this.values, statement) : void 0;
        return text === void 0 ? void 0 : { detection: { node, operation: "ExecuteStatement", library: BOTO3, statement: text } };
      }
      default: {
        const detection = method ? this.operationCall(node, method, receiverNode, receiver, args2, keys) : void 0;
        return detection ? { detection } : void 0;
      }
    }
  }
  /** Any other data-plane call: boto3 clients, resources and tables, PynamoDB models and indexes. */
  operationCall(node, method, receiverNode, receiver, args2, keys) {
    if (receiver?.kind === "model") return this.pynamoCall(node, method, receiverNode, void 0, args2);
    if (receiver?.kind === "item") return this.pynamoItemCall(node, method, receiver.model, args2);
    const index = receiverNode ? this.pynamoIndex(receiverNode) : void 0;
    if (index) return this.pynamoCall(node, method, index.model, index, args2);
    if (method === "batch_writer") {
      if (receiver?.kind !== "table" && !(receiver === void 0 && this.isTable(receiverNode, receiver)))
        return void 0;
      const table = receiver?.kind === "table" ? receiver.name : void 0;
      return {
        node,
        operation: "BatchWriteItem",
        library: BOTO3,
        unprocessedHandled: true,
        ...table ? { table: tableReference(this.values, table) } : {}
      };
    }
    const operation = OPERATIONS2[method];
    if (!operation) return void 0;
    if (receiver?.kind === "table")
      return TABLE_METHODS.has(method) ? this.request(node, operation, args2, receiver.name) : void 0;
    if (receiver?.kind === "resource")
      return RESOURCE_METHODS.has(method) ? this.request(node, operation, args2, void 0) : void 0;
    if (receiver?.kind === "other" || receiver?.kind === "paginator") return void 0;
    if (this.isClient(receiverNode, receiver) || keys.some((k) => DYNAMODB_PARAMETERS.has(k)) && (receiver === void 0 || receiver.kind === "module"))
      return this.request(node, operation, args2, this.keyword(args2, "TableName"));
    if (TABLE_METHODS.has(method) && this.isTable(receiverNode, receiver))
      return this.request(node, operation, args2, void 0);
    return void 0;
  }
  /** A low-level request (client, resource or table): its table(s) and access facts. */
  request(node, operation, args2, table) {
    const fields = this.fields(args2);
    const found = {
      node,
      operation,
      library: BOTO3,
      ...requestAccess(operation, fields, this.opaqueSplat(args2)),
      ...batchHandling(operation, node),
      ...operation === "Query" && queryPaging(
        node,
        { request: args2.find((a) => a.type === "dictionary_splat") },
        this.values,
        FUNCTIONS6
      )
    };
    return withTables(found, fields, this.values, table);
  }
  query(node, args2, table) {
    return this.request(node, "Query", args2, table)[0] ?? { node, operation: "Query", library: BOTO3 };
  }
  /** A `**kwargs` whose dictionary the file does not build here: it may carry any field. */
  opaqueSplat(args2) {
    return args2.find((a) => {
      const dictionary = a.type === "dictionary_splat" ? a.namedChildren[0] : void 0;
      if (!dictionary) return false;
      const bound = dictionary.type === "identifier" ? this.bindings.get(dictionary.text, dictionary) : void 0;
      const built = bound?.type === "dictionary" || bound?.type === "call" && bound.childForFieldName("function")?.text === "dict";
      return !built;
    });
  }
  /** boto3 keyword arguments (written out or in a `**kwargs` dictionary) as request fields. */
  fields(args2) {
    return {
      field: (name2) => this.keyword(args2, name2),
      string: (node) => constantString(this.values, node),
      entries: (node) => this.dictionaryEntries(node),
      boolean: (node) => this.booleanValue(node),
      keyBuilder: (node) => this.keyBuilder(node),
      filterBuilder: (node) => this.filterBuilder(node)
    };
  }
  /** A dictionary literal's entries (or a name bound to one); undefined when it unpacks another. */
  dictionaryEntries(node) {
    return throughNames(node, this.values, (literal) => this.dictionaryLiteral(literal));
  }
  dictionaryLiteral(node) {
    if (node.type !== "dictionary") return void 0;
    const entries = [];
    for (const pair of argumentsOf(node)) {
      const key = pair.type === "pair" ? pair.childForFieldName("key") : null;
      const value = pair.childForFieldName("value");
      if (!key || !value) return void 0;
      entries.push({ key, value });
    }
    return entries;
  }
  booleanValue(node) {
    return throughNames(
      node,
      this.values,
      (n) => n.type === "true" || n.type === "false" ? n.type === "true" : void 0
    );
  }
  /** boto3's `Key('pk').eq(v) & Key('sk').begins_with(p)`, or a name bound to one. */
  keyBuilder(node, hops = 0) {
    if (hops > 8) return void 0;
    switch (node.type) {
      case "parenthesized_expression":
        return node.namedChildren[0] ? this.keyBuilder(node.namedChildren[0], hops + 1) : void 0;
      case "identifier": {
        const bound = this.bindings.get(node.text, node);
        return bound ? this.keyBuilder(bound, hops + 1) : void 0;
      }
      case "binary_operator": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (node.childForFieldName("operator")?.text !== "&" || !left || !right) return void 0;
        const both = [this.keyBuilder(left, hops + 1), this.keyBuilder(right, hops + 1)];
        return both[0] && both[1] ? [...both[0], ...both[1]] : void 0;
      }
      case "call": {
        const callee = node.childForFieldName("function");
        const operator = KEY_METHODS2[callee?.childForFieldName("attribute")?.text ?? ""];
        const subject = callee?.childForFieldName("object");
        const attribute = subject ? this.conditionSubject(subject, "Key") : void 0;
        return operator && subject && attribute !== void 0 ? [{ attribute, operator, node: subject }] : void 0;
      }
      default:
        return void 0;
    }
  }
  /** The attributes boto3's `Attr('status').eq(s) & ~Attr('deleted').exists()` reads. */
  filterBuilder(node, hops = 0) {
    if (hops > 8) return void 0;
    switch (node.type) {
      case "parenthesized_expression":
      case "unary_operator":
        return node.namedChildren[0] ? this.filterBuilder(node.namedChildren[0], hops + 1) : void 0;
      case "identifier": {
        const bound = this.bindings.get(node.text, node);
        return bound ? this.filterBuilder(bound, hops + 1) : void 0;
      }
      case "binary_operator": {
        const operator = node.childForFieldName("operator")?.text;
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (operator !== "&" && operator !== "|" || !left || !right) return void 0;
        const both = [this.filterBuilder(left, hops + 1), this.filterBuilder(right, hops + 1)];
        return both[0] && both[1] ? [.../* @__PURE__ */ new Set([...both[0], ...both[1]])] : void 0;
      }
      case "call": {
        let subject = node.childForFieldName("function")?.childForFieldName("object");
        while (subject?.type === "call" && subject.childForFieldName("function")?.type === "attribute")
          subject = subject.childForFieldName("function")?.childForFieldName("object");
        const attribute = subject ? this.conditionSubject(subject, "Attr") ?? this.conditionSubject(subject, "Key") : void 0;
        return attribute !== void 0 ? [attribute] : void 0;
      }
      default:
        return void 0;
    }
  }
  /** `Key('pk')` / `Attr('status')` from boto3's conditions module → the attribute name, when literal. */
  conditionSubject(node, builder) {
    if (node.type !== "call") return void 0;
    const callee = node.childForFieldName("function");
    const [head = "", ...rest] = callee?.text.split(".") ?? [];
    const imported = this.imports.get(head);
    if (!imported || [imported, ...rest].join(".") !== `${CONDITIONS_MODULE}.${builder}`) return void 0;
    const name2 = argumentsOf(node.childForFieldName("arguments"))[0];
    return name2 ? constantString(this.values, name2) : void 0;
  }
  /** `Order.by_customer` where the model declares `by_customer = ByCustomerIndex()`. */
  pynamoIndex(receiver) {
    if (receiver.type !== "attribute") return void 0;
    const model = receiver.childForFieldName("object");
    const attribute = receiver.childForFieldName("attribute")?.text;
    const modelClass = model && this.modelClasses.get(model.text);
    const indexClass = modelClass && attribute ? attributeClass(modelClass, attribute) : void 0;
    const index = indexClass ? this.modelClasses.get(indexClass) : void 0;
    return model && index ? { model, index } : void 0;
  }
  /**
   * A PynamoDB item's own calls: `save()` (PutItem, writing the model's attributes), `update(actions=[…])`
   * (the attributes its actions target), `delete()`, `refresh()` (GetItem).
   */
  pynamoItemCall(node, method, model, args2) {
    const operation = ITEM_OPERATIONS[method];
    const modelClass = this.modelClasses.get(model);
    if (!operation || !modelClass) return void 0;
    const table = this.models.get(model);
    const attributes = modelAttributes(modelClass, (name2) => this.modelClasses.has(name2));
    const written = operation === "PutItem" ? [...attributes.values()].map((a) => a.name) : operation === "UpdateItem" ? this.updateActions(keyword(args2, "actions") ?? args2[0], attributes) : void 0;
    return {
      node,
      operation,
      library: PYNAMODB,
      ...table ? { table: tableReference(this.values, table) } : {},
      ...written && { writtenAttributes: written },
      ...operation === "GetItem" && this.pynamoConsistentRead(args2)
    };
  }
  /** `[Order.status.set(s), Order.visits.add(1)]`: the attributes the actions target, when all are written out. */
  updateActions(actions, attributes) {
    const list = actions && throughNames(actions, this.values, (n) => n.type === "list" ? n : void 0);
    if (!list) return void 0;
    const names = argumentsOf(list).map((action) => {
      const subject = action.type === "call" ? action.childForFieldName("function")?.childForFieldName("object") : void 0;
      const attribute = subject?.type === "attribute" ? subject.childForFieldName("attribute")?.text : void 0;
      return attribute === void 0 ? void 0 : attributes.get(attribute)?.name ?? attribute;
    });
    return names.every((n) => n !== void 0) ? [...new Set(names)] : void 0;
  }
  /** PynamoDB `Model.query`, `Model.get`, `Model.batch_write()`, `Model.index.query`. */
  pynamoCall(node, method, modelNode, index, args2) {
    const modelClass = modelNode ? this.modelClasses.get(modelNode.text) : void 0;
    const table = this.models.get(modelNode?.text ?? "");
    const base = { node, library: PYNAMODB, ...table ? { table: tableReference(this.values, table) } : {} };
    if (method === "batch_write" && !index)
      return { ...base, operation: "BatchWriteItem", unprocessedHandled: true };
    if (method === "get" && !index)
      return { ...base, operation: "GetItem", ...this.pynamoConsistentRead(args2) };
    if (method !== "query" || !modelClass) return void 0;
    const attributeName = (reference) => {
      const owner = reference.type === "attribute" ? reference.childForFieldName("object")?.text : void 0;
      const name2 = reference.childForFieldName("attribute")?.text;
      const declared = owner ? this.modelClasses.get(owner) : void 0;
      return declared && name2 ? modelAttributes(declared).get(name2)?.name ?? name2 : void 0;
    };
    return {
      ...base,
      operation: "Query",
      paginated: true,
      ...this.pynamoQuery(node, index?.index ?? modelClass, args2, attributeName),
      ...index && { index: this.pynamoIndexName(index.index) }
    };
  }
  pynamoQuery(node, keyed, args2, attributeName) {
    const positional = args2.filter((a) => a.type !== "keyword_argument");
    const hashValue = positional[0] ?? keyword(args2, "hash_key");
    const range = positional[1] ?? keyword(args2, "range_key_condition");
    const hash = [...modelAttributes(keyed).values()].find((a) => a.hashKey);
    const rangeTerm = range ? rangeCondition(range, attributeName) : void 0;
    const keyNode = hashValue ?? node;
    const keyCondition = hash && (!range || rangeTerm) ? {
      node: keyNode,
      value: [
        { attribute: hash.name, operator: "=", node: keyNode },
        ...rangeTerm ? [rangeTerm] : []
      ]
    } : {
      node: keyNode,
      reason: hash ? "computed at run time" : "the hash key is declared in another class"
    };
    const filterNode = keyword(args2, "filter_condition");
    return {
      keyCondition,
      ...filterNode && { filter: detected(filterNode, conditionReferences(filterNode, attributeName)) },
      ...this.pynamoConsistentRead(args2)
    };
  }
  pynamoConsistentRead(args2) {
    const node = keyword(args2, "consistent_read");
    return node ? { consistentRead: detected(node, this.booleanValue(node)) } : {};
  }
  /** An index class's `Meta.index_name`, when literal; anything else is left unknown. */
  pynamoIndexName(index) {
    const name2 = metaValue(index, "index_name");
    const value = name2 ? constantString(this.values, name2) : void 0;
    return value !== void 0 && name2 ? { node: name2, value } : { node: name2 ?? index, reason: "the index name is not a literal in its Meta class" };
  }
  /**
   * `paginate(client.scan, TableName="orders")`: the helper calls the Scan; whether it pages is read
   * from the helper when the file defines it, and unknown otherwise.
   */
  scanReference(node) {
    const receiverNode = node.childForFieldName("object");
    const receiver = this.resolve(receiverNode);
    const table = receiver?.kind === "table";
    if (!table && !this.isClient(receiverNode, receiver)) return void 0;
    const call = node.parent?.parent;
    if (call?.type !== "call") return void 0;
    const args2 = argumentsOf(call.childForFieldName("arguments"));
    const callee = call.childForFieldName("function");
    const helperName = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : callee?.text;
    const helper = helperName ? this.functions.get(helperName)?.[0] : void 0;
    const tableNode = receiver?.kind === "table" ? receiver.name : this.keyword(args2, "TableName");
    const segments = this.keyword(args2, "TotalSegments");
    const scan = scanDetection(
      call,
      BOTO3,
      { table: tableNode, segments, paginated: true },
      this.values,
      FUNCTIONS6
    );
    const { paginated: _assumed, ...withoutPaging } = scan;
    return helper ? { ...withoutPaging, paginated: readsPages(helper) } : withoutPaging;
  }
  /** Keyword names a call passes, with those of `**kwargs` dictionaries built in the file. */
  keywordNames(args2) {
    return args2.flatMap((a) => {
      if (a.type === "keyword_argument") return [a.childForFieldName("name")?.text ?? ""];
      return a.type === "dictionary_splat" ? this.splatEntries(a).map(([key]) => key) : [];
    });
  }
  /** A keyword argument's value, written out or carried in a `**kwargs` dictionary built in the file. */
  keyword(args2, name2) {
    const direct = keyword(args2, name2);
    if (direct) return direct;
    for (const splat of args2.filter((a) => a.type === "dictionary_splat")) {
      const entry = this.splatEntries(splat).find(([key]) => key === name2);
      if (entry) return entry[1];
    }
    return void 0;
  }
  /** `**kwargs`: the keys and values of `kwargs = {…}` and of `kwargs["Key"] = …` before the call. */
  /**
   * The literal entries a `**params` request passes, remembered per splat (a request's fields each look it
   * up) and per item assignment (every request of a function sees the same `params['X'] = …` lines).
   */
  splatEntries(splat) {
    let entries = this.splats.get(splat.id);
    if (!entries) {
      entries = this.splatEntriesUncached(splat);
      this.splats.set(splat.id, entries);
    }
    return entries;
  }
  itemEntry(assignment) {
    if (this.itemEntries.has(assignment.id)) return this.itemEntries.get(assignment.id);
    const target = assignment.childForFieldName("left");
    const key = target?.childForFieldName("subscript");
    const value = assignment.childForFieldName("right");
    const text = key ? stringValue5(key) : void 0;
    const entry = text !== void 0 && value ? [text, value] : void 0;
    this.itemEntries.set(assignment.id, entry);
    return entry;
  }
  splatEntriesUncached(splat) {
    const dictionary = splat.namedChildren[0];
    if (dictionary?.type !== "identifier") return [];
    const entries = [];
    const literal = this.bindings.get(dictionary.text, dictionary);
    if (literal?.type === "dictionary") {
      for (const pair of literal.namedChildren) {
        const key = pair.type === "pair" ? pair.childForFieldName("key") : null;
        const value = pair.childForFieldName("value");
        const text = key ? stringValue5(key) : void 0;
        if (text !== void 0 && value) entries.push([text, value]);
      }
    } else if (literal?.type === "call" && literal.childForFieldName("function")?.text === "dict") {
      for (const [key, value] of argumentsOf(literal.childForFieldName("arguments")).flatMap(
        (a) => a.type === "keyword_argument" ? [[a.childForFieldName("name"), a.childForFieldName("value")]] : []
      ))
        if (key && value) entries.push([key.text, value]);
    }
    for (const assignment of this.items.all(dictionary.text, dictionary)) {
      const entry = this.itemEntry(assignment);
      if (entry) entries.push(entry);
    }
    return entries;
  }
  sdkScan(node, args2, table) {
    const segments = this.keyword(args2, "TotalSegments");
    const request = args2.find((a) => a.type === "dictionary_splat");
    const facts = { table, segments, request };
    const fields = this.fields(args2);
    return scanWithAccess(node, BOTO3, facts, this.values, FUNCTIONS6, fields, this.opaqueSplat(args2));
  }
  /** PynamoDB's `scan` pages through the table itself; `segment`/`total_segments` make it parallel. */
  pynamoScan(node, table, args2) {
    const segments = keyword(args2, "total_segments");
    return scanDetection(node, PYNAMODB, { table, segments, paginated: true }, this.values, FUNCTIONS6);
  }
  values = {
    literal: stringValue5,
    environment: environmentVariable3,
    bound: (node) => node.type === "identifier" || node.type === "attribute" ? this.bindings.get(memberName(node), node) : void 0,
    preferred: (node) => node.type === "boolean_operator" ? node.childForFieldName("left") ?? void 0 : void 0,
    template: formatted,
    concatenation: (node) => {
      if (node.type === "concatenated_string") return node.namedChildren;
      const operator = node.type === "binary_operator" ? node.childForFieldName("operator")?.text : void 0;
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      return operator === "+" && left && right ? [left, right] : void 0;
    }
  };
};
var FUNCTION_DEFINITIONS = /* @__PURE__ */ new Set(["function_definition"]);
var FUNCTION_OR_CLASS = /* @__PURE__ */ new Set(["function_definition", "class_definition"]);
function lastName(node) {
  if (!node) return "";
  return node.type === "attribute" ? node.childForFieldName("attribute")?.text ?? "" : node.text;
}
function importedClass(receiver, imported) {
  if (receiver.type !== "identifier" || AWS_SDK_MODULE.test(imported) || imported.startsWith(PYNAMODB))
    return void 0;
  const name2 = imported.split(".").at(-1) ?? "";
  return imported.includes(".") && /^[A-Z]\w*$/.test(name2) ? name2 : void 0;
}
function parameterName(parameter) {
  if (parameter.type === "identifier") return parameter.text;
  const name2 = parameter.childForFieldName("name") ?? parameter.namedChildren[0];
  return name2?.type === "identifier" ? name2.text : void 0;
}
function returnsOf(fn) {
  return fn.descendantsOfType("return_statement").filter((r) => enclosing(r, FUNCTION_DEFINITIONS)?.equals(fn)).flatMap((r) => {
    const value = r.namedChildren[0];
    return value ? [value] : [];
  });
}
function keyword(args2, name2) {
  const found = args2.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === name2);
  return found?.childForFieldName("value") ?? void 0;
}
function metaTableName(model) {
  const meta = model.childForFieldName("body")?.namedChildren.find(
    (c) => c.type === "class_definition" && c.childForFieldName("name")?.text === "Meta"
  );
  for (const assignment of meta?.descendantsOfType("assignment") ?? []) {
    if (assignment.childForFieldName("left")?.text === "table_name")
      return assignment.childForFieldName("right") ?? void 0;
  }
  return void 0;
}

// src/code/languages.ts
var LANGUAGES = [
  {
    id: "javascript",
    name: "JavaScript",
    extensions: { ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript" },
    detector: javascriptDetector,
    commentTypes: ["comment"]
  },
  {
    id: "typescript",
    name: "TypeScript",
    extensions: { ".ts": "typescript", ".mts": "typescript", ".cts": "typescript", ".tsx": "tsx" },
    detector: javascriptDetector,
    commentTypes: ["comment"]
  },
  {
    id: "python",
    name: "Python",
    extensions: { ".py": "python" },
    detector: pythonDetector,
    commentTypes: ["comment"]
  },
  { id: "go", name: "Go", extensions: { ".go": "go" }, detector: goDetector, commentTypes: ["comment"] },
  {
    id: "java",
    name: "Java",
    extensions: { ".java": "java" },
    detector: javaDetector,
    commentTypes: ["line_comment", "block_comment"]
  },
  {
    id: "csharp",
    name: "C#",
    extensions: { ".cs": "c_sharp" },
    detector: csharpDetector,
    commentTypes: ["comment"]
  }
];
var SKIPPED_SUFFIXES = [
  ".d.ts",
  ".d.mts",
  ".d.cts",
  ".min.js",
  ".min.mjs",
  ".min.cjs",
  "-min.js",
  ".bundle.js"
];
function codeFileKind(name2) {
  const lower = name2.toLowerCase();
  if (SKIPPED_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return void 0;
  const dot = lower.lastIndexOf(".");
  if (dot < 0) return void 0;
  const extension = lower.slice(dot);
  for (const language of LANGUAGES) {
    const grammar = language.extensions[extension];
    if (grammar) return { language: language.id, grammar };
  }
  return void 0;
}
function languageById(id) {
  return LANGUAGES.find((language) => language.id === id);
}

// src/code/suppressions.ts
var DIRECTIVE = "dynalint-ignore-next-line";
function commentSuppressions(root, text, file, commentTypes) {
  const suppressions = [];
  const problems = [];
  if (!text.includes(DIRECTIVE)) return { suppressions, problems };
  for (const comment of root.descendantsOfType([...commentTypes])) {
    const at = comment.text.indexOf(DIRECTIVE);
    if (at < 0) continue;
    const directive = locationOf(comment, file);
    const line = directive.endLine + 1;
    const read = suppressionOf(
      readDirective(comment.text.slice(at + DIRECTIVE.length)),
      { file, startLine: line, endLine: line, directive },
      `"${DIRECTIVE} <rule-id> -- why this call is fine"`
    );
    if ("problem" in read) problems.push(read.problem);
    else suppressions.push(read.suppression);
  }
  return { suppressions, problems };
}

// src/code/analyze.ts
var parsers = /* @__PURE__ */ new Map();
function parserFor(grammar) {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = createParser(grammar);
    parsers.set(grammar, parser);
  }
  return parser;
}
async function analyzeFile(input) {
  const notes = [];
  const empty = { uses: [], suppressions: [], problems: [], notes };
  let parser;
  try {
    parser = await parserFor(input.grammar);
  } catch (error) {
    notes.push(`${input.display}: the ${input.grammar} grammar did not load (${String(error)})`);
    return empty;
  }
  const language = languageById(input.language);
  if (!language) {
    notes.push(`${input.display}: no code-scan language "${input.language}"`);
    return empty;
  }
  const tree = parseWithin(parser, input.text);
  if (!tree) {
    return {
      ...empty,
      problems: [skipped(input.display, `parsing took longer than ${MAX_PARSE_MS / 1e3} s`)]
    };
  }
  try {
    const root = tree.rootNode;
    if (nestedTooDeeply(root)) {
      return {
        ...empty,
        problems: [skipped(input.display, `code nested more than ${MAX_SYNTAX_DEPTH} levels deep`)]
      };
    }
    const detector = language.detector;
    const detections = detect(root, detector);
    const sound = detections.filter((d) => !withinSyntaxError(d.node));
    if (root.hasError) {
      notes.push(
        `${input.display}: syntax errors${firstErrorLine(root)}; calls inside them are not reported`
      );
    }
    const uses = sound.flatMap((d) => toUse(d, input, detector));
    const { suppressions, problems } = commentSuppressions(
      root,
      input.text,
      input.display,
      language.commentTypes
    );
    return { uses, suppressions, problems, notes };
  } catch (error) {
    if (error instanceof AnalysisLimitError)
      return { ...empty, problems: [skipped(input.display, error.message)] };
    notes.push(`${input.display}: not analysed (${error instanceof Error ? error.message : String(error)})`);
    return empty;
  } finally {
    tree.delete();
  }
}
function toUse(detection, input, detector) {
  const details = {};
  if (detection.paginated !== void 0) details.paginated = detection.paginated;
  if (detection.totalSegments !== void 0) details.totalSegments = detection.totalSegments;
  if (detection.entity !== void 0) details.entity = detection.entity;
  if (detection.entityRequired) details.entityRequired = true;
  let table = detection.table;
  let statementIndex;
  if (detection.statement !== void 0) {
    details.statement = detection.statement;
    const select = parseSelect(detection.statement);
    const name2 = select ? select.table : writtenTable(detection.statement);
    table = name2 === void 0 ? { kind: "unknown", reason: "interpolated into the statement", node: detection.node } : { kind: "literal", value: name2, node: detection.node };
    if (select?.index !== void 0)
      statementIndex = known(select.index, locationOf(detection.node, input.display));
  }
  return [
    {
      operation: detection.operation,
      language: input.language,
      library: detection.library,
      location: locationOf(detection.node, input.display),
      scope: scopeName(detection.node, detector.scopes),
      ...tableFields(table, input.display),
      ...accessFacts(detection, input.display),
      ...statementIndex ? { index: statementIndex } : {},
      ...Object.keys(details).length ? { details } : {}
    }
  ];
}
function propOf(value, file) {
  const location = locationOf(value.node, file);
  return value.value !== void 0 ? known(value.value, location) : unknown(value.reason ?? "computed at run time", location);
}
function accessFacts(detection, file) {
  const { index, keyCondition, filter, select, consistentRead, unprocessedHandled, writtenAttributes: writtenAttributes2 } = detection;
  const terms = keyCondition && {
    node: keyCondition.node,
    ...keyCondition.reason !== void 0 && { reason: keyCondition.reason },
    ...keyCondition.value && {
      value: keyCondition.value.map(({ attribute, operator, node }) => ({
        attribute,
        operator,
        location: locationOf(node ?? keyCondition.node, file)
      }))
    }
  };
  return {
    ...index && { index: propOf(index, file) },
    ...terms && { keyCondition: propOf(terms, file) },
    ...filter && { filter: propOf(filter, file) },
    ...select !== void 0 && { select },
    ...consistentRead && { consistentRead: propOf(consistentRead, file) },
    ...unprocessedHandled !== void 0 && { unprocessedHandled },
    ...writtenAttributes2 && { writtenAttributes: writtenAttributes2 }
  };
}
function skipped(file, why) {
  return {
    ruleId: "file-skipped",
    severity: "warning",
    message: `not analysed: ${why}`,
    location: fileStart(file)
  };
}
function withinSyntaxError(node) {
  if (node.hasError) return true;
  for (let at = parentOf(node); at; at = parentOf(at)) if (at.isError) return true;
  return false;
}
function firstErrorLine(root) {
  const error = root.descendantsOfType("ERROR")[0];
  return error ? ` (first at line ${error.startPosition.row + 1})` : "";
}

export {
  parseSelect,
  createParser,
  MAX_PARSE_MS,
  parseWithin,
  locationOf,
  LANGUAGES,
  codeFileKind,
  analyzeFile
};
