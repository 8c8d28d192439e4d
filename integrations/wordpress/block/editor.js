/*
 * The "Jakarta Global Widget" block in the editor: a sidebar with the
 * element's settings and a server-rendered preview. No build step: the wp.*
 * globals, as WordPress's own blocks use them. The menus come from the
 * attributes' `enum` lists in block.json (written by the build from each
 * element's whitelist); WIDGETS says which settings each element takes.
 */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;
  var TextControl = wp.components.TextControl;
  var ToggleControl = wp.components.ToggleControl;
  var ServerSideRender = wp.serverSideRender;
  var NAME = 'jakarta-global-widgets/widget';
  // The settings each element takes, in order (written in by the build).
  var WIDGETS = /* build: widgets */ {};
  // The names of the elements, of their settings and of the settings' values as the gallery
  // gives them, in Indonesian and English (written in by the build from demo/strings.ts and
  // demo/controls.ts), in the language of the editor's screen.
  var LABELS = /* build: labels */ {};
  var screen = typeof document !== 'undefined' ? document.documentElement.lang || '' : '';
  var labels = LABELS[/^(id|in)(-|$)/i.test(screen) ? 'id' : 'en'] || { types: {}, settings: {}, options: {} };

  wp.blocks.registerBlockType(NAME, {
    edit: function (props) {
      var type = wp.blocks.getBlockType(NAME);
      var attributes = type.attributes;
      var current = props.attributes.type || 'cooperation-counter';
      var names = ['type'].concat(WIDGETS[current] || []);
      var controls = names.map(function (name) {
        var spec = attributes[name] || {};
        var value = props.attributes[name];
        var set = function (next) {
          var change = {};
          change[name] = next;
          if (name === 'type') {
            // Settings the new element does not take are cleared: the sidebar no longer shows
            // them, so they could not be cleared by hand, and the element would be given them.
            var kept = WIDGETS[next] || [];
            Object.keys(props.attributes).forEach(function (key) {
              if (key !== 'type' && kept.indexOf(key) < 0) change[key] = undefined;
            });
          }
          props.setAttributes(change);
        };
        // The attribute's own name stays in the help: it is what the shortcode and the README use.
        var isType = name === 'type';
        var label = isType ? __('Widget', 'jakarta-global-widgets') : labels.settings[name] || name;
        var help = isType ? undefined : name;
        var valueNames = (isType ? labels.types : labels.options[name]) || {};
        if (spec.type === 'boolean') {
          return el(ToggleControl, { key: name, label: label, help: help, checked: !!value, onChange: set });
        }
        if (spec.enum) {
          var options = spec.enum.map(function (v) {
            return { label: v === '' ? __('(default)', 'jakarta-global-widgets') : valueNames[v] || v, value: v };
          });
          if (spec.enum.indexOf('') < 0 && !isType) options.unshift({ label: __('(default)', 'jakarta-global-widgets'), value: '' });
          return el(SelectControl, { key: name, label: label, help: help, value: value || '', options: options, onChange: set });
        }
        return el(TextControl, { key: name, label: label, help: help, value: value || '', onChange: set });
      });
      return el(
        'div',
        useBlockProps(),
        el(InspectorControls, null, el(PanelBody, { title: __('Widget settings', 'jakarta-global-widgets') }, controls)),
        el(ServerSideRender, { block: NAME, attributes: props.attributes }),
      );
    },
    save: function () {
      return null; // rendered on the server
    },
  });
})(window.wp);
