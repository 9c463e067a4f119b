package dev.relata.processor.parse;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import dev.relata.processor.model.Accessor;
import dev.relata.processor.model.Copy;
import dev.relata.processor.model.PropertyModel;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Whether the copy that generated code makes of an entity ({@code Post_Meta.copy}) can run code of
 * the entity's author, read from the source trees of the classes javac compiles in this run.
 *
 * <p>The runtime skips its count of running entity code for a copy that runs none (a write from
 * entity code during a read is refused; code that does not run cannot write), so any doubt answers
 * that it runs some: a class compiled elsewhere (no tree), a compiler without {@link Trees}, a body
 * that is anything but the plain forms below. What runs no code of the author:
 *
 * <ul>
 *   <li>a no-argument constructor that javac supplies or whose body is empty (or only {@code
 *       super()}), in a class whose instance fields have no initializer but a literal and that has
 *       no instance initializer, and so on up to {@code Object};
 *   <li>a record's canonical constructor that javac supplies, or one that only assigns each
 *       parameter to its field;
 *   <li>direct field access, a getter or record accessor whose body is {@code return f;} (or {@code
 *       return this.f;}), a setter whose body is {@code this.f = value;}, declared in the class
 *       that declares the field; relation fields' getters too, which the copy does not call but a
 *       save does: {@code saveJson} relies on them to return what its reader set (see {@code
 *       EntityCopy});
 *   <li>the copy of a value that is shared, or copied as an array or a JDK list, queue or
 *       {@code EnumSet}, or as a JDK hash set or map whose elements or keys are JDK values (final
 *       {@code java.*} classes or enums, whose {@code hashCode} is no one's code but the JDK's).
 *       Sorted collections (comparators), {@code Properties} and classes copied by their own
 *       constructor count as running code.
 * </ul>
 */
final class CopyCode {
  private final Trees trees;
  private final Elements elements;
  private final Types types;

  /** A reader of source trees through {@code trees}, or null where the compiler offers none. */
  CopyCode(Trees trees, Elements elements, Types types) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
  }

  /**
   * Whether copying an instance of {@code type}, whose fields are {@code properties} (the relation
   * fields among them are {@code relations}, which the copy sets to null), can run code of its
   * author.
   */
  boolean runs(
      TypeElement type, boolean record, List<PropertyModel> properties, Set<String> relations) {
    if (trees == null) {
      return true;
    }
    if (record ? !plainCanonicalConstructor(type) : !plainInstantiation(type)) {
      return true;
    }
    for (PropertyModel property : properties) {
      boolean relation = relations.contains(property.name());
      // A relation's value is not copied (the copy clears it), but a save follows it through its
      // getter, and a save of objects just read from JSON relies on it returning what was set.
      if (!plainRead(type, record, property) || !relation && copyRuns(property.copy())) {
        return true;
      }
      if (!record && !plainWrite(type, property)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code new T()} runs no code of the author, up the superclasses to {@code Object}. */
  private boolean plainInstantiation(TypeElement type) {
    if (type.getQualifiedName().contentEquals("java.lang.Object")) {
      return true;
    }
    ClassTree tree = trees.getTree(type);
    if (tree == null) {
      return false;
    }
    for (Tree member : tree.getMembers()) {
      if (member instanceof BlockTree block && !block.isStatic()) {
        return false; // an instance initializer
      }
      if (member instanceof VariableTree field
          && !field.getModifiers().getFlags().contains(Modifier.STATIC)
          && field.getInitializer() != null
          && !(field.getInitializer() instanceof LiteralTree)) {
        return false; // an initializer that may call code
      }
    }
    ExecutableElement constructor = null;
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getParameters().isEmpty()) {
        constructor = c;
      }
    }
    if (constructor == null || !supplied(constructor) && !emptyBody(constructor)) {
      return false;
    }
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        && plainInstantiation((TypeElement) ((DeclaredType) superclass).asElement());
  }

  /** Whether javac supplied {@code constructor}: a default or implicit canonical constructor. */
  private boolean supplied(ExecutableElement constructor) {
    return elements.getOrigin(constructor) == Elements.Origin.MANDATED;
  }

  /** Whether the body of {@code constructor} is empty, or only {@code super()} with no argument. */
  private boolean emptyBody(ExecutableElement constructor) {
    MethodTree tree = trees.getTree(constructor);
    if (tree == null || tree.getBody() == null) {
      return false;
    }
    for (StatementTree statement : tree.getBody().getStatements()) {
      if (!(statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof MethodInvocationTree call
          && call.getArguments().isEmpty()
          && call.getMethodSelect() instanceof IdentifierTree name
          && name.getName().contentEquals("super"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the canonical constructor of the record {@code type} only assigns its fields. */
  private boolean plainCanonicalConstructor(TypeElement type) {
    int components = type.getRecordComponents().size();
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getParameters().size() != components || !canonical(type, c)) {
        continue;
      }
      if (supplied(c)) {
        return true;
      }
      MethodTree tree = trees.getTree(c);
      if (tree == null || tree.getBody() == null) {
        return false;
      }
      for (StatementTree statement : tree.getBody().getStatements()) {
        if (!(statement instanceof ExpressionStatementTree expression
            && expression.getExpression() instanceof AssignmentTree assignment
            && assignment.getExpression() instanceof IdentifierTree value
            && isFieldOfThis(assignment.getVariable(), value.getName().toString(), true))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether {@code constructor} takes the record's components, in order, by name and type. */
  private boolean canonical(TypeElement type, ExecutableElement constructor) {
    List<? extends Element> components = type.getRecordComponents();
    List<? extends VariableElement> parameters = constructor.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      Element component = components.get(i);
      if (!parameter.getSimpleName().equals(component.getSimpleName())
          || !types.isSameType(parameter.asType(), component.asType())) {
        return false;
      }
    }
    return true;
  }

  /** Whether reading {@code property} runs no code of the author. */
  private boolean plainRead(TypeElement type, boolean record, PropertyModel property) {
    Accessor reader = property.reader();
    if (reader.kind() == Accessor.Kind.FIELD) {
      return true;
    }
    if (record && !declaresAccessor(type, reader.name())) {
      return true; // javac's own accessor, which returns the field
    }
    MethodTree getter = accessorTree(type, property, reader.name(), 0);
    if (getter == null || getter.getBody().getStatements().size() != 1) {
      return false;
    }
    return getter.getBody().getStatements().get(0) instanceof ReturnTree returned
        && returned.getExpression() != null
        && isFieldOfThis(returned.getExpression(), property.name(), false);
  }

  /**
   * Whether the source of the record {@code type} declares the accessor {@code name}. javac 17
   * gives the one it supplies neither a tree nor the origin {@code MANDATED}, so the source says.
   */
  private boolean declaresAccessor(TypeElement type, String name) {
    ClassTree tree = trees.getTree(type);
    if (tree == null) {
      return true;
    }
    for (Tree member : tree.getMembers()) {
      if (member instanceof MethodTree method
          && method.getName().contentEquals(name)
          && method.getParameters().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether writing {@code property} of a class runs no code of the author. */
  private boolean plainWrite(TypeElement type, PropertyModel property) {
    Accessor writer = property.writer();
    if (writer.kind() == Accessor.Kind.FIELD) {
      return true;
    }
    MethodTree setter = accessorTree(type, property, writer.name(), 1);
    if (setter == null || setter.getBody().getStatements().size() != 1) {
      return false;
    }
    String parameter = setter.getParameters().get(0).getName().toString();
    return setter.getBody().getStatements().get(0) instanceof ExpressionStatementTree statement
        && statement.getExpression() instanceof AssignmentTree assignment
        && assignment.getExpression() instanceof IdentifierTree value
        && value.getName().contentEquals(parameter)
        && isFieldOfThis(
            assignment.getVariable(), property.name(), parameter.equals(property.name()));
  }

  /**
   * The tree of the one method {@code name} with {@code arity} parameters that {@code type} has,
   * declared beside the field of {@code property} (so that the field's name in its body is that
   * field); null if there are several, or it is declared elsewhere, or has no tree.
   */
  private MethodTree accessorTree(
      TypeElement type, PropertyModel property, String name, int arity) {
    ExecutableElement found = null;
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getSimpleName().contentEquals(name) && method.getParameters().size() == arity) {
        if (found != null) {
          return null;
        }
        found = method;
      }
    }
    if (found == null
        || !found.getEnclosingElement().equals(property.field().getEnclosingElement())) {
      return null;
    }
    MethodTree tree = trees.getTree(found);
    return tree == null || tree.getBody() == null ? null : tree;
  }

  /**
   * Whether {@code expression} is the field {@code name} of {@code this}: {@code this.name}, or
   * plain {@code name} unless a parameter of that name hides the field ({@code shadowed}).
   */
  private static boolean isFieldOfThis(ExpressionTree expression, String name, boolean shadowed) {
    if (expression instanceof MemberSelectTree select) {
      return select.getIdentifier().contentEquals(name)
          && select.getExpression() instanceof IdentifierTree receiver
          && receiver.getName().contentEquals("this");
    }
    return !shadowed
        && expression instanceof IdentifierTree identifier
        && identifier.getName().contentEquals(name);
  }

  /** Whether copying a value as {@code copy} says can run code of the author. */
  private boolean copyRuns(Copy copy) {
    switch (copy.kind()) {
      case SHARE, ENUM_SET:
        return false;
      case ARRAY, LIST, LINKED_LIST, BLOCKING_QUEUE, BLOCKING_DEQUE:
        break;
      case SET, MAP, CONCURRENT_MAP:
        if (copy.parts().isEmpty() || !jdkValue(copy.parts().get(0))) {
          return true; // hashed: its hashCode and equals run
        }
        break;
      default:
        return true;
    }
    for (Copy part : copy.parts()) {
      if (copyRuns(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code part} is shared and of a type whose hashing and equality are the JDK's. */
  private static boolean jdkValue(Copy part) {
    if (!part.shares() || part.type().getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement type = (TypeElement) ((DeclaredType) part.type()).asElement();
    return type.getKind() == ElementKind.ENUM
        || type.getQualifiedName().toString().startsWith("java.")
            && type.getModifiers().contains(Modifier.FINAL);
  }
}
