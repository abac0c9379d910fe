// Types of the host simulator, derived from datocms-plugin-sdk's own ctx types so that
// the settings and methods the host hands a frame are checked against what the SDK promises.
import type {
  DropdownAction,
  DropdownActionGroup,
  ContentAreaSidebarItem,
  Field,
  Item,
  ItemFormSidebarPanel,
  ItemType,
  MainNavigationTab,
  Modal,
  OnBootCtx,
  RenderConfigScreenCtx,
  RenderItemFormSidebarPanelCtx,
  RenderModalCtx,
  RenderPageCtx,
  Role,
  SettingsAreaSidebarItemGroup,
  Site,
} from 'datocms-plugin-sdk';

// The SDK's `Ctx<...>` defaults its extras to `Record<string, never>`: drop index signatures
// so that only the named members remain.
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
type AnyFunction = (...args: never[]) => unknown;

/** The data members of a ctx type: what `getSettings()` / `onChange()` carry. */
export type PropertiesOf<C> = { [K in KnownKeys<C> as C[K] extends AnyFunction ? never : K]: C[K] };
/** The function members of a ctx type. */
export type MethodsOf<C> = { [K in KnownKeys<C> as C[K] extends AnyFunction ? K : never]: C[K] };

/**
 * What the host sends for a ctx type. DatoCMS leaves `currentUserAccessToken` out when the
 * permission is not granted (the SDK types it `string | undefined`).
 */
export type SettingsOf<C> = Omit<PropertiesOf<C>, 'currentUserAccessToken'> & { currentUserAccessToken?: string };

// The SDK builds these itself inside the frame (utils.ts `buildSizingUtilities`); the host does not.
type SdkSideMethods = 'startAutoResizer' | 'stopAutoResizer' | 'updateHeight' | 'isAutoResizerActive' | 'getSettings';

/** The methods the host exposes to a frame whose ctx is `C`. */
export type HostMethodsOf<C> = Omit<MethodsOf<C>, SdkSideMethods> & {
  getSettings: () => SettingsOf<C>;
  /** Only needed for `extraCtxMethodKeys`, which this host never passes. */
  callAdditionalCtxMethod: (callId: string, methodName: string) => Promise<never>;
  /** Self-resizing frames call it; full-size frames have it too and it does no harm. */
  setHeight: (height: number) => Promise<void>;
};

export type BootSettings = SettingsOf<OnBootCtx>;
export type PanelSettings = SettingsOf<RenderItemFormSidebarPanelCtx>;
export type ModalSettings = SettingsOf<RenderModalCtx>;
export type ConfigSettings = SettingsOf<RenderConfigScreenCtx>;
export type PageSettings = SettingsOf<RenderPageCtx>;
export type AnySettings = BootSettings | PanelSettings | ModalSettings | ConfigSettings | PageSettings;
/** The properties every frame has, whatever its mode. */
export type BaseSettings = Omit<BootSettings, 'mode' | 'bodyPadding'>;

export type BootMethods = HostMethodsOf<OnBootCtx>;
export type PanelMethods = HostMethodsOf<RenderItemFormSidebarPanelCtx>;
export type ModalMethods = HostMethodsOf<RenderModalCtx>;
export type ConfigMethods = HostMethodsOf<RenderConfigScreenCtx>;
export type PageMethods = HostMethodsOf<RenderPageCtx>;
export type AnyHostMethods = BootMethods | PanelMethods | ModalMethods | ConfigMethods | PageMethods;

export type FrameKind = 'boot' | 'panel' | 'modal' | 'config' | 'page';

export type Deferred<T = void> = { promise: Promise<T>; resolve: (value: T) => void };

/** What the plugin exposes over penpal (datocms-plugin-sdk connect.ts). */
export type PluginRemote = {
  sdkVersion(): Promise<string>;
  implementedHooks(): Promise<Partial<Record<string, boolean>>>;
  onChange(settings: AnySettings): Promise<void>;
  callMethodMergingBootCtx(
    methodName: string,
    args: unknown[],
    extraCtxProperties: Record<string, unknown>,
    extraCtxMethodKeys: string[],
    callId: string,
  ): Promise<unknown>;
};

export type PageLocation = RenderPageCtx['location'];

/** One plugin iframe and its penpal connection. */
export type Frame = {
  kind: FrameKind;
  name: string;
  iframe: HTMLIFrameElement;
  settingsFetched: Deferred;
  settled: boolean;
  remote: Promise<PluginRemote>;
  destroy: () => void;
  panel?: ItemFormSidebarPanel;
  modal?: Modal;
  page?: { pageId: string; location: PageLocation };
};

/** What the host reads from the fake CMA's `/__control/fixtures`. */
export type Fixtures = {
  site: Site;
  itemTypes: Record<string, ItemType>;
  fields: Record<string, Field>;
  items: Item[];
  token: string;
};

/** The `datoCmsPlugin` block and identity of the plugin's package.json, as serve.mjs reads it. */
export type PluginPackage = {
  name: string | null;
  version: string | null;
  description: string | null;
  title: string | null;
  permissions: string[];
  /** The entry point, relative to the served `/plugin/` folder. */
  entryPoint: string;
};

export type NavigationEntries = {
  mainNavigationTabs: MainNavigationTab[];
  contentAreaSidebarItems: ContentAreaSidebarItem[];
  settingsAreaSidebarItemGroups: SettingsAreaSidebarItemGroup[];
};

export type ViewMode = 'sidebar' | 'config' | 'collection' | 'page';

export type HostState = {
  cmaUrl: string;
  pluginUrl: string;
  environment: string;
  isEnvironmentPrimary: boolean;
  mode: ViewMode;
  role: string;
  roles: Record<string, Role>;
  tokenGranted: boolean;
  dirty: boolean;
  pluginParameters: Record<string, unknown>;
  pluginPackage: PluginPackage;
  fixtures: Fixtures;
  locale: string;
  /** null for a new record */
  item: Item | null;
  itemTypeId: string | null;
  formValues: Record<string, unknown>;
  panels: ItemFormSidebarPanel[];
  /** Models whose fields the CMS has loaded: the open model's, and those the plugin asked for. */
  loadedFieldModels: Set<string>;
  navigation: NavigationEntries;
  collection: {
    itemTypeId: string | null;
    selected: Set<string>;
    actions: Array<DropdownAction | DropdownActionGroup>;
  };
  page: { pageId: string; location: PageLocation } | null;
};

export type HostEvent = { type: string; args: unknown; at: number; frame: string };

/** What a plugin frame's methods need from the host page (lib/host-methods.js). */
export type App = {
  state: HostState;
  record: (frame: { name: string }, type: string, args: unknown) => void;
  settingsFor: (frame: Frame) => AnySettings;
  openModal: (modal: Modal) => Promise<unknown>;
  updatePluginParameters: (parameters: Record<string, unknown>) => Promise<void>;
  navigateTo: (path: string) => Promise<void>;
  saveCurrentItem: () => Promise<void>;
  setFieldValue: (path: string, value: unknown) => Promise<void>;
  loadItemTypeFields: (itemTypeId: string) => Promise<Field[]>;
};

/** The host page as its view modules see it (built in host.js). */
export type Host = App & {
  element: (id: string) => HTMLElement;
  mount: (
    container: HTMLElement,
    kind: FrameKind,
    name: string,
    props: Pick<Frame, 'panel' | 'modal' | 'page'>,
    options?: { height?: number; resolve?: (value: unknown) => Promise<void> },
  ) => Frame;
  unmount: (frame: Frame) => void;
  framesOf: (kind: FrameKind) => Frame[];
  pushAll: () => Promise<void>;
  /** Records something the host did (not a plugin call) in `window.__host.events`. */
  recordHost: (type: string, args: unknown) => void;
  note: (type: string, args: unknown) => void;
  bootFrame: () => Frame;
  beginLoad: (mode: ViewMode) => number;
  isCurrentLoad: (generation: number) => boolean;
  finishLoad: (generation: number, contentFrames: Frame[]) => Promise<void>;
  failLoad: (generation: number, error: unknown) => void;
  showError: (error: unknown) => void;
};
